package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.DiskSectorSizePow2;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DiskSectorSizePow2}: a positive sector size is a power of two. Absent and
 * {@code 0} mean the default; a negative size is reported by {@code DISK-SECTOR-SIZE-TYPE}.
 */
public final class DiskSectorSizePow2Validator implements ConstraintValidator<DiskSectorSizePow2, Long> {

    @Override
    public boolean isValid(Long sectorSize, ConstraintValidatorContext context) {
        if (sectorSize == null || sectorSize <= 0 || Long.bitCount(sectorSize) == 1) {
            return true;
        }
        Violations.report(context, Violations.params("value", sectorSize));
        return false;
    }
}
