package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.DiskMountpointUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link DiskMountpointUnique}: the mountpoints of the disk layout (of plain partitions,
 * logical volumes and btrfs subvolumes, where a mountpoint belongs) are all different. Every
 * repeat is reported at its own mountpoint, in disk order; the first occurrence is not. A
 * mountpoint on a swap or unformatted area is reported by its own rule instead.
 */
public final class DiskMountpointUniqueValidator implements ConstraintValidator<DiskMountpointUnique, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null) {
            return true;
        }
        List<DiskLayout.Slot> slots = DiskLayout.mountpointSlots(disk);
        List<Integer> repeats = RepeatedValues.laterOccurrences(slots.stream().map(DiskLayout.Slot::mountpoint).toList());
        for (int i : repeats) {
            Violations.report(context, Violations.params("value", slots.get(i).mountpoint()), slots.get(i).path());
        }
        return repeats.isEmpty();
    }
}
