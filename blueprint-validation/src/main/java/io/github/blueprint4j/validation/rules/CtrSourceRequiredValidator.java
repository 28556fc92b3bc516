package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CtrSourceRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link CtrSourceRequired}. */
public final class CtrSourceRequiredValidator implements ConstraintValidator<CtrSourceRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
