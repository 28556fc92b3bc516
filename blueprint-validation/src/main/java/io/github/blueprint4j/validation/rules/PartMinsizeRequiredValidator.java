package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.constraints.PartMinsizeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PartMinsizeRequired}: a partition has a minimum size. */
public final class PartMinsizeRequiredValidator implements ConstraintValidator<PartMinsizeRequired, DataSize> {

    @Override
    public boolean isValid(DataSize minsize, ConstraintValidatorContext context) {
        return minsize != null;
    }
}
