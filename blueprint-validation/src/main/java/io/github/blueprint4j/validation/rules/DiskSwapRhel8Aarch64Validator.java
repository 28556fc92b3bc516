package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.DiskSwapRhel8Aarch64;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link DiskSwapRhel8Aarch64}: swap partitions and logical volumes when the target is
 * RHEL 8 and the blueprint's architecture is {@code aarch64}; each is reported at its {@code fs_type}.
 */
public final class DiskSwapRhel8Aarch64Validator implements ConstraintValidator<DiskSwapRhel8Aarch64, Blueprint> {

    private static final String AARCH64 = "aarch64";

    @Override
    public boolean isValid(Blueprint blueprint, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || blueprint == null || blueprint.customizations() == null
                || blueprint.customizations().disk() == null || !AARCH64.equals(blueprint.architecture())
                || !target.imageType().distroDefinition().equals("rhel-8")) {
            return true;
        }
        DiskCustomization disk = blueprint.customizations().disk();
        boolean valid = true;
        List<PartitionCustomization> partitions = disk.partitions();
        for (int p = 0; p < partitions.size(); p++) {
            PartitionCustomization partition = partitions.get(p);
            if (DiskLayout.SWAP.equals(partition.fsType())) {
                Violations.report(context, TargetParams.of(target), "customizations", "disk", "partitions", p, "fsType");
                valid = false;
            }
            List<LogicalVolume> volumes = partition.logicalVolumes();
            for (int v = 0; v < volumes.size(); v++) {
                if (DiskLayout.SWAP.equals(volumes.get(v).fsType())) {
                    Violations.report(context, TargetParams.of(target),
                            "customizations", "disk", "partitions", p, "logicalVolumes", v, "fsType");
                    valid = false;
                }
            }
        }
        return valid;
    }
}
