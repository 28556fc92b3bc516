package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.constraints.LvMinsizeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LvMinsizeRequired}: a logical volume has a minimum size. */
public final class LvMinsizeRequiredValidator implements ConstraintValidator<LvMinsizeRequired, DataSize> {

    @Override
    public boolean isValid(DataSize minsize, ConstraintValidatorContext context) {
        return minsize != null;
    }
}
