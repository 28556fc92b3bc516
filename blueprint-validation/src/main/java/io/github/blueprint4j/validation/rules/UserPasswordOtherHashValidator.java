package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserPasswordOtherHash;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UserPasswordOtherHash}: a password that starts with a crypt prefix other than
 * {@code $2b$}, {@code $6$} and {@code $5$} (such as {@code $y$}, {@code $2a$} or {@code $1$}),
 * which the server would hash again. The message names the prefix, never the password.
 */
public final class UserPasswordOtherHashValidator implements ConstraintValidator<UserPasswordOtherHash, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null || CryptPasswords.kind(password) != CryptPasswords.Kind.OTHER_HASH) {
            return true;
        }
        Violations.report(context, Violations.params("prefix", CryptPasswords.prefix(password)));
        return false;
    }
}
