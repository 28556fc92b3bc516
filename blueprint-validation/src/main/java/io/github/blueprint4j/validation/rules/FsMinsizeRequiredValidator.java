package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.constraints.FsMinsizeRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsMinsizeRequired}: a filesystem entry has a minimum size. A size of 0 is not
 * refused here: the reference accepts it in JSON, and the TOML reader refuses it itself.
 */
public final class FsMinsizeRequiredValidator implements ConstraintValidator<FsMinsizeRequired, DataSize> {

    @Override
    public boolean isValid(DataSize minsize, ConstraintValidatorContext context) {
        return minsize != null;
    }
}
