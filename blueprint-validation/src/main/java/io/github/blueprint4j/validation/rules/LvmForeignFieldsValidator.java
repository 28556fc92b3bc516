package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.LvmForeignFields;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link LvmForeignFields}: an lvm partition has no {@code label} (even an empty one is
 * written out) and no btrfs {@code subvolumes}. Each is reported at its key; the other keys an
 * lvm partition cannot hold are {@code PART-KEYS-BY-TYPE}.
 */
public final class LvmForeignFieldsValidator implements ConstraintValidator<LvmForeignFields, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization partition, ConstraintValidatorContext context) {
        if (partition == null || PartitionType.of(partition.type()) != PartitionType.LVM) {
            return true;
        }
        boolean valid = true;
        if (partition.label() != null) {
            Violations.report(context, Violations.params("key", "label"), "label");
            valid = false;
        }
        if (!partition.subvolumes().isEmpty()) {
            Violations.report(context, Violations.params("key", "subvolumes"), "subvolumes");
            valid = false;
        }
        return valid;
    }
}
