package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FlatpakMeta;
import io.github.blueprint4j.model.constraints.InstFlatpakReset;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link InstFlatpakReset}: notes a {@code payload.flatpaks.force} list that is written
 * but empty, which removes the image type's default flatpaks; reported at {@code force}.
 */
public final class InstFlatpakResetValidator implements ConstraintValidator<InstFlatpakReset, FlatpakMeta> {

    @Override
    public boolean isValid(FlatpakMeta flatpaks, ConstraintValidatorContext context) {
        if (flatpaks == null || flatpaks.force() == null || !flatpaks.force().isEmpty()) {
            return true;
        }
        Violations.report(context, Violations.params(), "force");
        return false;
    }
}
