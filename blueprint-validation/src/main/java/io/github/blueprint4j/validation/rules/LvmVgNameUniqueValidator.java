package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.LvmVgNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@link LvmVgNameUnique}: no two lvm partitions have the same volume group name
 * (unnamed ones get generated names). Every repeat is reported at its {@code name}; the first
 * occurrence is not.
 */
public final class LvmVgNameUniqueValidator implements ConstraintValidator<LvmVgNameUnique, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null) {
            return true;
        }
        List<Integer> positions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<PartitionCustomization> partitions = disk.partitions();
        for (int i = 0; i < partitions.size(); i++) {
            if (PartitionType.of(partitions.get(i).type()) == PartitionType.LVM) {
                positions.add(i);
                names.add(partitions.get(i).name());
            }
        }
        List<Integer> repeats = RepeatedValues.laterOccurrences(names);
        for (int r : repeats) {
            Violations.report(context, Violations.params("name", names.get(r)), "partitions", positions.get(r), "name");
        }
        return repeats.isEmpty();
    }
}
