package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.BtrfsSubvolsRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BtrfsSubvolsRequired}: a btrfs partition has at least one subvolume. Reported at {@code subvolumes}. */
public final class BtrfsSubvolsRequiredValidator implements ConstraintValidator<BtrfsSubvolsRequired, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.BTRFS
                || !partition.subvolumes().isEmpty()) {
            return true;
        }
        Violations.report(context, Violations.params(), "subvolumes");
        return false;
    }
}
