package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserNamePattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UserNamePattern}: a user name matches {@code ^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,31}$},
 * the pattern of the build's user-creation step. Absent and empty names are left to the rules
 * that require a name.
 */
public final class UserNamePatternValidator implements ConstraintValidator<UserNamePattern, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        return !AccountNames.isRefused(name);
    }
}
