package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.PartPartuuidFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link PartPartuuidFormat}: a non-empty {@code part_uuid} is not used on a {@code dos}
 * table and is otherwise a UUID. Reported at each partition's {@code part_uuid}.
 */
public final class PartPartuuidFormatValidator implements ConstraintValidator<PartPartuuidFormat, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null) {
            return true;
        }
        boolean dos = PartitionIds.Table.of(disk.type()) == PartitionIds.Table.DOS;
        boolean valid = true;
        List<PartitionCustomization> partitions = disk.partitions();
        for (int i = 0; i < partitions.size(); i++) {
            String partUuid = partitions.get(i).partUuid();
            if (!DiskLayout.isSet(partUuid)) {
                continue;
            }
            String reason = dos ? PartitionIds.NEEDS_GPT : PartitionIds.isUuid(partUuid) ? null : "is not a UUID";
            if (reason != null) {
                Violations.report(context, Violations.params("value", partUuid, "reason", reason),
                        "partitions", i, "partUuid");
                valid = false;
            }
        }
        return valid;
    }
}
