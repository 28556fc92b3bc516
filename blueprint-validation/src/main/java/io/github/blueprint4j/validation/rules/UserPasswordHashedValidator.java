package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserPasswordHashed;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UserPasswordHashed}: notes a plain-text password, that is a non-empty one that
 * starts neither with a hash prefix the server keeps ({@code $2b$}, {@code $6$}, {@code $5$})
 * nor with another crypt prefix (those are {@code USER-PASSWORD-OTHER-HASH}).
 */
public final class UserPasswordHashedValidator implements ConstraintValidator<UserPasswordHashed, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return password == null || CryptPasswords.kind(password) != CryptPasswords.Kind.PLAIN;
    }
}
