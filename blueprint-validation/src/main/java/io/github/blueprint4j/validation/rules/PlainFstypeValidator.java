package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.PlainFstype;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainFstype}: a plain partition's {@code fs_type} is {@code ext4}, {@code xfs},
 * {@code vfat}, {@code swap} or {@code none}; absent and empty are refused. Reported at
 * {@code fs_type}.
 */
public final class PlainFstypeValidator implements ConstraintValidator<PlainFstype, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.PLAIN) {
            return true;
        }
        String fsType = partition.fsType();
        if (DiskLayout.isMountable(fsType) || DiskLayout.isSwapOrNone(fsType)) {
            return true;
        }
        Violations.report(context, Violations.params("found", DiskLayout.describeFsType(fsType)), "fsType");
        return false;
    }
}
