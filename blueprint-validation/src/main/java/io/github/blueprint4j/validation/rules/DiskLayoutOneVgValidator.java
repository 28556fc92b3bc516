package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.DiskLayoutOneVg;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DiskLayoutOneVg}: the disk has at most one lvm partition. Reported at {@code partitions}. */
public final class DiskLayoutOneVgValidator implements ConstraintValidator<DiskLayoutOneVg, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        int count = disk == null ? 0 : DiskLayout.count(disk, PartitionType.LVM);
        if (count <= 1) {
            return true;
        }
        Violations.report(context, Violations.params("count", count), "partitions");
        return false;
    }
}
