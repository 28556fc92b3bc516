package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNotEsp;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link BtrfsSubvolNotEsp}: no subvolume of a btrfs partition is mounted at
 * {@code /boot/efi} ({@code /boot} is allowed). Reported at the subvolume's {@code mountpoint}.
 */
public final class BtrfsSubvolNotEspValidator implements ConstraintValidator<BtrfsSubvolNotEsp, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.BTRFS) {
            return true;
        }
        boolean valid = true;
        List<BtrfsSubvolume> subvolumes = partition.subvolumes();
        for (int i = 0; i < subvolumes.size(); i++) {
            if (DiskLayout.ESP.equals(subvolumes.get(i).mountpoint())) {
                Violations.report(context, Violations.params(), "subvolumes", i, "mountpoint");
                valid = false;
            }
        }
        return valid;
    }
}
