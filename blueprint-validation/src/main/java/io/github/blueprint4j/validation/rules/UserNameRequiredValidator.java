package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link UserNameRequired}: the name of a {@code customizations.user} entry is given and not empty. */
public final class UserNameRequiredValidator implements ConstraintValidator<UserNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
