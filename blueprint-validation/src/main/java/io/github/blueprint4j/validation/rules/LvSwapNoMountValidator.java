package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.LvSwapNoMount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link LvSwapNoMount}: no swap logical volume of an lvm partition has a non-empty
 * mountpoint. Every logical volume is checked (the reference stops after the first swap
 * volume). Reported at the volume's {@code mountpoint}.
 */
public final class LvSwapNoMountValidator implements ConstraintValidator<LvSwapNoMount, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.LVM) {
            return true;
        }
        boolean valid = true;
        List<LogicalVolume> volumes = partition.logicalVolumes();
        for (int i = 0; i < volumes.size(); i++) {
            LogicalVolume volume = volumes.get(i);
            if (DiskLayout.SWAP.equals(volume.fsType()) && DiskLayout.isSet(volume.mountpoint())) {
                Violations.report(context, Violations.params("value", volume.mountpoint()), "logicalVolumes", i, "mountpoint");
                valid = false;
            }
        }
        return valid;
    }
}
