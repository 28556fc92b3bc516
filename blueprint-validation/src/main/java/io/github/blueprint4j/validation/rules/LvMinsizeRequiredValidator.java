package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.constraints.LvMinsizeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link LvMinsizeRequired}. */
public final class LvMinsizeRequiredValidator implements ConstraintValidator<LvMinsizeRequired, DataSize> {

    @Override
    public boolean isValid(DataSize value, ConstraintValidatorContext context) {
        return true;
    }
}
