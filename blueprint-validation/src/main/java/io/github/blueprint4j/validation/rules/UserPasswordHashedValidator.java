package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserPasswordHashed;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link UserPasswordHashed}. */
public final class UserPasswordHashedValidator implements ConstraintValidator<UserPasswordHashed, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
