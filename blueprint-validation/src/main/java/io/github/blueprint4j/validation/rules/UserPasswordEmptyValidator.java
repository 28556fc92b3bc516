package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserPasswordEmpty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UserPasswordEmpty}: notes an empty password, which the server removes. */
public final class UserPasswordEmptyValidator implements ConstraintValidator<UserPasswordEmpty, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return password == null || CryptPasswords.kind(password) != CryptPasswords.Kind.EMPTY;
    }
}
