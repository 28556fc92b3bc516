package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.BtrfsNoMountpoint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link BtrfsNoMountpoint}: a btrfs partition has no {@code mountpoint} of its own (even
 * an empty one is written out, and the reference refuses the key). Reported at
 * {@code mountpoint}.
 */
public final class BtrfsNoMountpointValidator implements ConstraintValidator<BtrfsNoMountpoint, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.BTRFS || partition.mountpoint() == null) {
            return true;
        }
        Violations.report(context, Violations.params("value", partition.mountpoint()), "mountpoint");
        return false;
    }
}
