package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FlatpakMeta;
import io.github.blueprint4j.model.constraints.InstFlatpakReset;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstFlatpakReset}. */
public final class InstFlatpakResetValidator implements ConstraintValidator<InstFlatpakReset, FlatpakMeta> {

    @Override
    public boolean isValid(FlatpakMeta value, ConstraintValidatorContext context) {
        return true;
    }
}
