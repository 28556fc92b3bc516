package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserPasswordOtherHash;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link UserPasswordOtherHash}. */
public final class UserPasswordOtherHashValidator implements ConstraintValidator<UserPasswordOtherHash, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
