package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.DiskLayoutNoMix;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DiskLayoutNoMix}: the disk does not have both an lvm and a btrfs partition. Reported at {@code partitions}. */
public final class DiskLayoutNoMixValidator implements ConstraintValidator<DiskLayoutNoMix, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null || DiskLayout.count(disk, PartitionType.LVM) == 0 || DiskLayout.count(disk, PartitionType.BTRFS) == 0) {
            return true;
        }
        Violations.report(context, Violations.params(), "partitions");
        return false;
    }
}
