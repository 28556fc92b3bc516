package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.BtrfsNoLvs;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BtrfsNoLvs}: a btrfs partition has no logical volumes. Reported at {@code logical_volumes}. */
public final class BtrfsNoLvsValidator implements ConstraintValidator<BtrfsNoLvs, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.BTRFS
                || partition.logicalVolumes().isEmpty()) {
            return true;
        }
        Violations.report(context, Violations.params(), "logicalVolumes");
        return false;
    }
}
