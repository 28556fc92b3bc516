package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.LvFstype;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link LvFstype}: every logical volume of an lvm partition has {@code fs_type}
 * {@code ext4}, {@code xfs}, {@code vfat} or {@code swap}; absent, empty and {@code btrfs} are
 * refused. Reported at the volume's {@code fs_type}.
 */
public final class LvFstypeValidator implements ConstraintValidator<LvFstype, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.LVM) {
            return true;
        }
        boolean valid = true;
        List<LogicalVolume> volumes = partition.logicalVolumes();
        for (int i = 0; i < volumes.size(); i++) {
            String fsType = volumes.get(i).fsType();
            if (!DiskLayout.isMountable(fsType) && !DiskLayout.SWAP.equals(fsType)) {
                Violations.report(context, Violations.params("found", DiskLayout.describeFsType(fsType)),
                        "logicalVolumes", i, "fsType");
                valid = false;
            }
        }
        return valid;
    }
}
