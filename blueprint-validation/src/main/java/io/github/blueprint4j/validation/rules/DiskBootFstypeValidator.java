package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.DiskBootFstype;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DiskBootFstype}: a plain partition mounted at {@code /boot} has {@code xfs} or
 * {@code ext4}, one at {@code /boot/efi} has {@code vfat}. Reported at {@code fs_type}. Only a
 * mountable filesystem type is judged here: any other is {@code PLAIN-FSTYPE}, and swap or
 * unformatted partitions with a mountpoint are {@code PLAIN-SWAP-NONE-NO-MOUNT}.
 */
public final class DiskBootFstypeValidator implements ConstraintValidator<DiskBootFstype, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.PLAIN
                || !DiskLayout.isMountable(partition.fsType())) {
            return true;
        }
        String fsType = partition.fsType();
        String expected = null;
        if (DiskLayout.BOOT.equals(partition.mountpoint()) && !fsType.equals("xfs") && !fsType.equals("ext4")) {
            expected = "xfs or ext4";
        } else if (DiskLayout.ESP.equals(partition.mountpoint()) && !fsType.equals("vfat")) {
            expected = "vfat";
        }
        if (expected == null) {
            return true;
        }
        Violations.report(context,
                Violations.params("mountpoint", partition.mountpoint(), "expected", expected, "value", fsType), "fsType");
        return false;
    }
}
