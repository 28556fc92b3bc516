package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.FilesystemCustomization;
import io.github.blueprint4j.model.constraints.FsMountpointUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link FsMountpointUnique}: no two filesystem entries have the same mountpoint. Every
 * repeat is reported at its own mountpoint; the first occurrence is not.
 */
public final class FsMountpointUniqueValidator implements ConstraintValidator<FsMountpointUnique, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null) {
            return true;
        }
        List<String> mountpoints = customizations.filesystem().stream().map(FilesystemCustomization::mountpoint).toList();
        List<Integer> repeats = RepeatedValues.laterOccurrences(mountpoints);
        for (int i : repeats) {
            Violations.report(context, Violations.params("value", mountpoints.get(i)), "filesystem", i, "mountpoint");
        }
        return repeats.isEmpty();
    }
}
