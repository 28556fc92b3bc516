package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.PartPartlabel;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link PartPartlabel}: a non-empty {@code part_label} is not used on a {@code dos}
 * table and is at most 36 UTF-16 code units long. Reported at each partition's
 * {@code part_label}.
 */
public final class PartPartlabelValidator implements ConstraintValidator<PartPartlabel, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null) {
            return true;
        }
        boolean dos = PartitionIds.Table.of(disk.type()) == PartitionIds.Table.DOS;
        boolean valid = true;
        List<PartitionCustomization> partitions = disk.partitions();
        for (int i = 0; i < partitions.size(); i++) {
            String label = partitions.get(i).partLabel();
            if (!DiskLayout.isSet(label)) {
                continue;
            }
            String reason = null;
            if (dos) {
                reason = PartitionIds.NEEDS_GPT;
            } else if (label.length() > PartitionIds.MAX_LABEL_LENGTH) {
                // String.length() counts UTF-16 code units, the unit of GPT labels
                reason = "is " + label.length() + " UTF-16 code units long; the most is " + PartitionIds.MAX_LABEL_LENGTH;
            }
            if (reason != null) {
                Violations.report(context, Violations.params("value", label, "reason", reason),
                        "partitions", i, "partLabel");
                valid = false;
            }
        }
        return valid;
    }
}
