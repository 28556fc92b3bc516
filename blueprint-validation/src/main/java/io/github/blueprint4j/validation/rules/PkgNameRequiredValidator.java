package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PackageSpec;
import io.github.blueprint4j.model.constraints.PkgNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link PkgNameRequired}. */
public final class PkgNameRequiredValidator implements ConstraintValidator<PkgNameRequired, PackageSpec> {

    @Override
    public boolean isValid(PackageSpec value, ConstraintValidatorContext context) {
        return true;
    }
}
