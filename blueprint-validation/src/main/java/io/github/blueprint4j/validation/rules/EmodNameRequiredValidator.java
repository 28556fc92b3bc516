package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.EmodNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link EmodNameRequired}. */
public final class EmodNameRequiredValidator implements ConstraintValidator<EmodNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
