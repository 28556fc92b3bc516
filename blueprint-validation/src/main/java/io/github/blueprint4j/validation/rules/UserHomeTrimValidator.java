package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserHomeTrim;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link UserHomeTrim}. */
public final class UserHomeTrimValidator implements ConstraintValidator<UserHomeTrim, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
