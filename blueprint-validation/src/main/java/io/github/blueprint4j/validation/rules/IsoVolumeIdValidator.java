package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.IsoVolumeId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link IsoVolumeId}. */
public final class IsoVolumeIdValidator implements ConstraintValidator<IsoVolumeId, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
