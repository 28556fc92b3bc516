package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.InstdevPath;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstdevPath}. */
public final class InstdevPathValidator implements ConstraintValidator<InstdevPath, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
