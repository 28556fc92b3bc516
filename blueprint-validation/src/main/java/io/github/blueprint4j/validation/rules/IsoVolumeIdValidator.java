package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.IsoVolumeId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link IsoVolumeId}: an {@code iso} table's {@code volume_id} matches
 * {@code ^[A-Za-z0-9_-]+$}. The reference checks it whenever the table exists, so a missing or
 * empty volume id is refused too.
 */
public final class IsoVolumeIdValidator implements ConstraintValidator<IsoVolumeId, String> {

    private static final Pattern VOLUME_ID = Pattern.compile("[A-Za-z0-9_-]+");

    @Override
    public boolean isValid(String volumeId, ConstraintValidatorContext context) {
        return volumeId != null && VOLUME_ID.matcher(volumeId).matches();
    }
}
