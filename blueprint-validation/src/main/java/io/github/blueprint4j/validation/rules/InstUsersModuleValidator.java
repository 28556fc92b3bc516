package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.InstUsersModule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstUsersModule}. */
public final class InstUsersModuleValidator implements ConstraintValidator<InstUsersModule, Customizations> {

    @Override
    public boolean isValid(Customizations value, ConstraintValidatorContext context) {
        return true;
    }
}
