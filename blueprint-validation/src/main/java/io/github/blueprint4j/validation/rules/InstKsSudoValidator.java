package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.InstallerCustomization;
import io.github.blueprint4j.model.constraints.InstKsSudo;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstKsSudo}. */
public final class InstKsSudoValidator implements ConstraintValidator<InstKsSudo, InstallerCustomization> {

    @Override
    public boolean isValid(InstallerCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
