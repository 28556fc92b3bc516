package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.DiskMountpointValid;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DiskMountpointValid}: wherever the disk layout needs a mountpoint (plain
 * partitions that are not swap or unformatted, logical volumes that are not swap, every btrfs
 * subvolume), it is present, not empty, starts with {@code /} and is canonical as
 * {@code path.Clean} leaves it. Reported at each such mountpoint.
 */
public final class DiskMountpointValidValidator implements ConstraintValidator<DiskMountpointValid, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null) {
            return true;
        }
        boolean valid = true;
        for (DiskLayout.Slot slot : DiskLayout.mountpointSlots(disk)) {
            String problem = DiskLayout.mountpointProblem(slot.mountpoint());
            if (problem != null) {
                Violations.report(context, Violations.params("problem", problem), slot.path());
                valid = false;
            }
        }
        return valid;
    }
}
