package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserHomeTrim;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UserHomeTrim}: notes a home directory ending with {@code /}, which the build removes. */
public final class UserHomeTrimValidator implements ConstraintValidator<UserHomeTrim, String> {

    @Override
    public boolean isValid(String home, ConstraintValidatorContext context) {
        return home == null || !home.endsWith("/");
    }
}
