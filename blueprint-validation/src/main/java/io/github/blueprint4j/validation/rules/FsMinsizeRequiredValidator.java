package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.constraints.FsMinsizeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsMinsizeRequired}. */
public final class FsMinsizeRequiredValidator implements ConstraintValidator<FsMinsizeRequired, DataSize> {

    @Override
    public boolean isValid(DataSize value, ConstraintValidatorContext context) {
        return true;
    }
}
