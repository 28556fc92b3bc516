package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link UserNameRequired}. */
public final class UserNameRequiredValidator implements ConstraintValidator<UserNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
