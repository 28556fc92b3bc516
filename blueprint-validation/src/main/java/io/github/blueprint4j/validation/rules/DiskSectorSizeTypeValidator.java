package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.DiskSectorSizeType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DiskSectorSizeType}: the sector size is not negative (the reference reads it
 * as an unsigned integer).
 */
public final class DiskSectorSizeTypeValidator implements ConstraintValidator<DiskSectorSizeType, Long> {

    @Override
    public boolean isValid(Long sectorSize, ConstraintValidatorContext context) {
        if (sectorSize == null || sectorSize >= 0) {
            return true;
        }
        Violations.report(context, Violations.params("value", sectorSize));
        return false;
    }
}
