package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.constraints.PartMinsizeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link PartMinsizeRequired}. */
public final class PartMinsizeRequiredValidator implements ConstraintValidator<PartMinsizeRequired, DataSize> {

    @Override
    public boolean isValid(DataSize value, ConstraintValidatorContext context) {
        return true;
    }
}
