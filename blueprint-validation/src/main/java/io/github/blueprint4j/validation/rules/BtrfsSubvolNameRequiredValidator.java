package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link BtrfsSubvolNameRequired}: every subvolume of a btrfs partition has a non-empty
 * name. Reported at each subvolume's {@code name}.
 */
public final class BtrfsSubvolNameRequiredValidator implements ConstraintValidator<BtrfsSubvolNameRequired, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.BTRFS) {
            return true;
        }
        boolean valid = true;
        List<BtrfsSubvolume> subvolumes = partition.subvolumes();
        for (int i = 0; i < subvolumes.size(); i++) {
            if (!DiskLayout.isSet(subvolumes.get(i).name())) {
                Violations.report(context, Violations.params(), "subvolumes", i, "name");
                valid = false;
            }
        }
        return valid;
    }
}
