package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link BtrfsSubvolNameUnique}: no two subvolumes of a btrfs partition have the same
 * name. Every repeat is reported at its {@code name}; the first occurrence is not, and empty
 * names are {@code BTRFS-SUBVOL-NAME-REQUIRED}.
 */
public final class BtrfsSubvolNameUniqueValidator implements ConstraintValidator<BtrfsSubvolNameUnique, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.BTRFS) {
            return true;
        }
        List<String> names = partition.subvolumes().stream().map(BtrfsSubvolume::name).toList();
        List<Integer> repeats = RepeatedValues.laterOccurrences(names);
        for (int i : repeats) {
            Violations.report(context, Violations.params("name", names.get(i)), "subvolumes", i, "name");
        }
        return repeats.isEmpty();
    }
}
