package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpVersionRequiredDoc;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link BpVersionRequiredDoc}: a version is given. Only for blueprints pushed to the
 * composer server: an image-builder or bootc-image-builder configuration has no version, so the
 * {@link Profile#IMAGE_BUILDER} profile does not check it (a plain {@code @Valid}, which has no
 * profile, does).
 */
public final class BpVersionRequiredDocValidator implements ConstraintValidator<BpVersionRequiredDoc, String> {

    @Override
    public boolean isValid(String version, ConstraintValidatorContext context) {
        ValidationSettings settings = ValidationSettings.of(context);
        return version != null || (settings != null && settings.profile() != Profile.COMPOSER);
    }
}
