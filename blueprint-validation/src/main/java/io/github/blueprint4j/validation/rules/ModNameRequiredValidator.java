package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PackageSpec;
import io.github.blueprint4j.model.constraints.ModNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link ModNameRequired}. */
public final class ModNameRequiredValidator implements ConstraintValidator<ModNameRequired, PackageSpec> {

    @Override
    public boolean isValid(PackageSpec value, ConstraintValidatorContext context) {
        return true;
    }
}
