package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserPasswordOtherHash;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UserPasswordOtherHash}: a password that starts with a crypt prefix other than
 * {@code $2b$}, {@code $6$} and {@code $5$} (such as {@code $y$}, {@code $2a$} or {@code $1$}),
 * which the server would hash again. The message names the prefix, never the password, and
 * not even the prefix when it is longer than a crypt method's name ({@code $sha1$}) could be:
 * then it may be the start of a plain-text password.
 */
public final class UserPasswordOtherHashValidator implements ConstraintValidator<UserPasswordOtherHash, String> {

    /** The longest prefix shown: {@code $sha1$}, {@code $md5$}. */
    private static final int MAX_PREFIX = 6;

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null || CryptPasswords.kind(password) != CryptPasswords.Kind.OTHER_HASH) {
            return true;
        }
        String prefix = CryptPasswords.prefix(password);
        Violations.report(context, Violations.params("prefix", prefix.length() <= MAX_PREFIX ? prefix : "$...$"));
        return false;
    }
}
