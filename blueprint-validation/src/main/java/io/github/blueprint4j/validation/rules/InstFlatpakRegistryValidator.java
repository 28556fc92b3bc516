package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FlatpakRegistry;
import io.github.blueprint4j.model.constraints.InstFlatpakRegistry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link InstFlatpakRegistry}: a {@code payload.flatpaks.force} entry has a {@code registry} table. */
public final class InstFlatpakRegistryValidator implements ConstraintValidator<InstFlatpakRegistry, FlatpakRegistry> {

    @Override
    public boolean isValid(FlatpakRegistry registry, ConstraintValidatorContext context) {
        return registry != null;
    }
}
