package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.DiskMountpointPolicy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DiskMountpointPolicy}: every mountpoint of the disk against the selected mountpoint tables. */
public final class DiskMountpointPolicyValidator implements ConstraintValidator<DiskMountpointPolicy, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null) {
            return true;
        }
        boolean valid = true;
        for (PathPolicy table : Policies.tables(context, PathPolicy.Scope.MOUNTPOINTS)) {
            for (DiskLayout.Slot slot : DiskLayout.slots(disk)) {
                String mountpoint = slot.mountpoint();
                String why = mountpoint == null || mountpoint.isEmpty() ? null : table.refusal(mountpoint);
                if (why != null) {
                    Policies.report(context, table, mountpoint, why, slot.path());
                    valid = false;
                }
            }
        }
        return valid;
    }
}
