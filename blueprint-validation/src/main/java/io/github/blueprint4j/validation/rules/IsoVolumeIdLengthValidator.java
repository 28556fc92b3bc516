package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.IsoVolumeIdLength;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IsoVolumeIdLength}: the ISO volume id has at most 32 characters. */
public final class IsoVolumeIdLengthValidator implements ConstraintValidator<IsoVolumeIdLength, String> {

    private static final int MAX_LENGTH = 32;

    @Override
    public boolean isValid(String volumeId, ConstraintValidatorContext context) {
        if (volumeId == null) {
            return true;
        }
        int length = volumeId.codePointCount(0, volumeId.length());
        if (length <= MAX_LENGTH) {
            return true;
        }
        Violations.report(context, Violations.params("length", length));
        return false;
    }
}
