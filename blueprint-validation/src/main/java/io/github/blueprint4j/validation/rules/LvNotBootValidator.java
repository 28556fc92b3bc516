package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.LvNotBoot;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link LvNotBoot}: no logical volume of an lvm partition is mounted at {@code /boot}
 * or {@code /boot/efi}. Reported at the volume's {@code mountpoint}; a swap volume with a
 * mountpoint is {@code LV-SWAP-NO-MOUNT} instead.
 */
public final class LvNotBootValidator implements ConstraintValidator<LvNotBoot, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.LVM) {
            return true;
        }
        boolean valid = true;
        List<LogicalVolume> volumes = partition.logicalVolumes();
        for (int i = 0; i < volumes.size(); i++) {
            LogicalVolume volume = volumes.get(i);
            boolean boot = DiskLayout.BOOT.equals(volume.mountpoint()) || DiskLayout.ESP.equals(volume.mountpoint());
            if (boot && !DiskLayout.SWAP.equals(volume.fsType())) {
                Violations.report(context, Violations.params("value", volume.mountpoint()), "logicalVolumes", i, "mountpoint");
                valid = false;
            }
        }
        return valid;
    }
}
