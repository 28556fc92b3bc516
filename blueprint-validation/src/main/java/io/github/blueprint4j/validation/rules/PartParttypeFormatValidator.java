package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.PartParttypeFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link PartParttypeFormat}: every non-empty {@code part_type} fits the table type — a
 * UUID on {@code gpt}, two hex digits on {@code dos}, either when the table type is not given.
 * Under an unknown table type nothing is checked, as in the reference. Reported at each
 * partition's {@code part_type}.
 */
public final class PartParttypeFormatValidator implements ConstraintValidator<PartParttypeFormat, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization disk, ConstraintValidatorContext context) {
        if (disk == null) {
            return true;
        }
        PartitionIds.Table table = PartitionIds.Table.of(disk.type());
        boolean valid = true;
        List<PartitionCustomization> partitions = disk.partitions();
        for (int i = 0; i < partitions.size(); i++) {
            String partType = partitions.get(i).partType();
            if (!DiskLayout.isSet(partType)) {
                continue;
            }
            String expected = switch (table) {
                case GPT -> PartitionIds.isUuid(partType) ? null : "a GUID, as a gpt table needs";
                case DOS -> PartitionIds.isDosType(partType) ? null : "two hex digits, as a dos table needs";
                case UNSET -> PartitionIds.isUuid(partType) || PartitionIds.isDosType(partType)
                        ? null : "a GUID (for gpt) or two hex digits (for dos)";
                case UNKNOWN -> null;
            };
            if (expected != null) {
                Violations.report(context, Violations.params("value", partType, "expected", expected),
                        "partitions", i, "partType");
                valid = false;
            }
        }
        return valid;
    }
}
