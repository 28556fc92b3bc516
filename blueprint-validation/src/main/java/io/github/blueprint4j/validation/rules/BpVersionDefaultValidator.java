package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpVersionDefault;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link BpVersionDefault}: in the composer profile, notes a missing or empty version,
 * which the server stores as 0.0.0. Image-builder configurations have no version to store.
 */
public final class BpVersionDefaultValidator implements ConstraintValidator<BpVersionDefault, String> {

    @Override
    public boolean isValid(String version, ConstraintValidatorContext context) {
        ValidationSettings settings = ValidationSettings.of(context);
        return settings == null || settings.profile() != Profile.COMPOSER || (version != null && !version.isEmpty());
    }
}
