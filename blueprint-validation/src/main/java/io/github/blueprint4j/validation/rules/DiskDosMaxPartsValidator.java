package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.DiskDosMaxParts;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DiskDosMaxParts}: a {@code dos} table lists at most 4 partitions. Reported at
 * {@code partitions}. (Partitions the image builder adds later are not counted here.)
 */
public final class DiskDosMaxPartsValidator implements ConstraintValidator<DiskDosMaxParts, DiskCustomization> {

    private static final int MAX_DOS_PARTITIONS = 4;

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null || !"dos".equals(disk.type()) || disk.partitions().size() <= MAX_DOS_PARTITIONS) {
            return true;
        }
        Violations.report(context, Violations.params("count", disk.partitions().size()), "partitions");
        return false;
    }
}
