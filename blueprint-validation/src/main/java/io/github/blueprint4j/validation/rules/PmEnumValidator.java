package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.PmEnum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link PmEnum}. */
public final class PmEnumValidator implements ConstraintValidator<PmEnum, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
