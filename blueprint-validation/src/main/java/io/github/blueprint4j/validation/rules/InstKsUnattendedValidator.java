package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.InstallerCustomization;
import io.github.blueprint4j.model.constraints.InstKsUnattended;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstKsUnattended}. */
public final class InstKsUnattendedValidator implements ConstraintValidator<InstKsUnattended, InstallerCustomization> {

    @Override
    public boolean isValid(InstallerCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
