package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CtrNameDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link CtrNameDefault}. */
public final class CtrNameDefaultValidator implements ConstraintValidator<CtrNameDefault, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
