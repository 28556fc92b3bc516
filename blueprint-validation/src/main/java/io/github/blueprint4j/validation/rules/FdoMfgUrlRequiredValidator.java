package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FdoMfgUrlRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FdoMfgUrlRequired}. */
public final class FdoMfgUrlRequiredValidator implements ConstraintValidator<FdoMfgUrlRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
