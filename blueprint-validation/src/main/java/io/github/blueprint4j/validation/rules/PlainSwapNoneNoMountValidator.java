package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.PlainSwapNoneNoMount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainSwapNoneNoMount}: a plain partition with {@code fs_type} {@code swap} or
 * {@code none} has no (or an empty) mountpoint. Reported at {@code mountpoint}.
 */
public final class PlainSwapNoneNoMountValidator implements ConstraintValidator<PlainSwapNoneNoMount, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.PLAIN
                || !DiskLayout.isSwapOrNone(partition.fsType()) || !DiskLayout.isSet(partition.mountpoint())) {
            return true;
        }
        Violations.report(context, Violations.params("fsType", partition.fsType(), "value", partition.mountpoint()), "mountpoint");
        return false;
    }
}
