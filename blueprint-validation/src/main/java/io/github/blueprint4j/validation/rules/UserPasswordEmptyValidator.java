package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserPasswordEmpty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link UserPasswordEmpty}. */
public final class UserPasswordEmptyValidator implements ConstraintValidator<UserPasswordEmpty, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
