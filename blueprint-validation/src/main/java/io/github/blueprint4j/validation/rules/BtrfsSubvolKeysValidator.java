package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.constraints.BtrfsSubvolKeys;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link BtrfsSubvolKeys}: a subvolume holds no key besides {@code name} and
 * {@code mountpoint}. Each other key is reported at itself. Blueprints read from text never
 * reach this rule: the reader refuses such subvolumes.
 */
public final class BtrfsSubvolKeysValidator implements ConstraintValidator<BtrfsSubvolKeys, BtrfsSubvolume> {

    @Override
    public boolean isValid(BtrfsSubvolume subvolume, ConstraintValidatorContext context) {
        if (subvolume == null || subvolume.unknownKeys().isEmpty()) {
            return true;
        }
        for (String unknown : subvolume.unknownKeys().keySet()) {
            String key = String.valueOf(unknown);
            Violations.report(context, Violations.params("key", key), key);
        }
        return false;
    }
}
