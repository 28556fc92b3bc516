package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.LvNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link LvNameUnique}: no two logical volumes of an lvm partition have the same name
 * (unnamed ones get generated names). Every repeat is reported at its {@code name}; the first
 * occurrence is not.
 */
public final class LvNameUniqueValidator implements ConstraintValidator<LvNameUnique, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.LVM) {
            return true;
        }
        List<String> names = partition.logicalVolumes().stream().map(LogicalVolume::name).toList();
        List<Integer> repeats = RepeatedValues.laterOccurrences(names);
        for (int i : repeats) {
            Violations.report(context, Violations.params("name", names.get(i)), "logicalVolumes", i, "name");
        }
        return repeats.isEmpty();
    }
}
