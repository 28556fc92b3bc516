package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FlatpakRegistry;
import io.github.blueprint4j.model.constraints.InstFlatpakRegistry;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstFlatpakRegistry}. */
public final class InstFlatpakRegistryValidator implements ConstraintValidator<InstFlatpakRegistry, FlatpakRegistry> {

    @Override
    public boolean isValid(FlatpakRegistry value, ConstraintValidatorContext context) {
        return true;
    }
}
