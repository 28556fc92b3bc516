package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.LvmHasLvs;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LvmHasLvs}: notes an lvm partition without logical volumes, at {@code logical_volumes}. */
public final class LvmHasLvsValidator implements ConstraintValidator<LvmHasLvs, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.LVM
                || !partition.logicalVolumes().isEmpty()) {
            return true;
        }
        Violations.report(context, Violations.params(), "logicalVolumes");
        return false;
    }
}
