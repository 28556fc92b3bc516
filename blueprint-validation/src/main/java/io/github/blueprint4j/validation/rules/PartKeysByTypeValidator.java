package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.PartKeysByType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks {@link PartKeysByType}: a partition holds only the keys of its type, and no key the
 * format does not define. A text key holds a value when it is not {@code null} (an empty text
 * is still written out, and the reference refuses the key), a list when it is not empty.
 *
 * <p>Each finding is reported once, at the key, under the most specific rule: on an lvm
 * partition {@code label} and {@code subvolumes} are {@code LVM-FOREIGN-FIELDS}; on a btrfs
 * partition {@code mountpoint} is {@code BTRFS-NO-MOUNTPOINT} and {@code logical_volumes} is
 * {@code BTRFS-NO-LVS}; every other misplaced key is this rule. A partition of an unknown type
 * is left to {@code PART-TYPE-ENUM}. Blueprints read from text never reach this rule: the
 * reader refuses such partitions.
 */
public final class PartKeysByTypeValidator implements ConstraintValidator<PartKeysByType, PartitionCustomization> {

    private static final Map<PartitionType, Set<String>> REPORTED_BY_OTHER_RULES = Map.of(
            PartitionType.PLAIN, Set.of(),
            PartitionType.LVM, Set.of("label", "subvolumes"),
            PartitionType.BTRFS, Set.of("mountpoint", "logical_volumes"));

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        PartitionType type = partition == null ? null : PartitionType.of(partition.type());
        if (type == null) {
            return true;
        }
        List<Key> misplaced = new ArrayList<>();
        for (Key held : heldKeys(partition)) {
            if (!type.allows(held.key()) && !REPORTED_BY_OTHER_RULES.get(type).contains(held.key())) {
                misplaced.add(held);
            }
        }
        for (String unknown : partition.unknownKeys().keySet()) {
            String key = String.valueOf(unknown);
            misplaced.add(new Key(key, key));
        }
        for (Key key : misplaced) {
            Violations.report(context, Violations.params("key", key.key(), "type", type.value()), key.component());
        }
        return misplaced.isEmpty();
    }

    /** A key of the format and the record component (or unknown key) that holds it. */
    private record Key(String key, String component) {
    }

    // the type-specific keys that hold a value
    private static List<Key> heldKeys(PartitionCustomization partition) {
        List<Key> held = new ArrayList<>();
        addIf(held, partition.mountpoint() != null, "mountpoint", "mountpoint");
        addIf(held, partition.label() != null, "label", "label");
        addIf(held, partition.fsType() != null, "fs_type", "fsType");
        addIf(held, partition.name() != null, "name", "name");
        addIf(held, !partition.logicalVolumes().isEmpty(), "logical_volumes", "logicalVolumes");
        addIf(held, !partition.subvolumes().isEmpty(), "subvolumes", "subvolumes");
        return held;
    }

    private static void addIf(List<Key> held, boolean holds, String key, String component) {
        if (holds) {
            held.add(new Key(key, component));
        }
    }
}
