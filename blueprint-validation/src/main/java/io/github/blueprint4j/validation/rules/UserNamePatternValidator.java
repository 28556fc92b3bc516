package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserNamePattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link UserNamePattern}. */
public final class UserNamePatternValidator implements ConstraintValidator<UserNamePattern, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
