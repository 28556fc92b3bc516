package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.ModNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ModNameRequired}: every entry of {@code modules} has a non-empty name. Each
 * entry without one is reported at its {@code name} with its 1-based number.
 */
public final class ModNameRequiredValidator implements ConstraintValidator<ModNameRequired, Blueprint> {

    @Override
    public boolean isValid(Blueprint blueprint, ConstraintValidatorContext context) {
        return blueprint == null || PkgNameRequiredValidator.reportUnnamed(blueprint.modules(), "modules", context);
    }
}
