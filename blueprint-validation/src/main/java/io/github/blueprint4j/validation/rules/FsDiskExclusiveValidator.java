package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.FsDiskExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsDiskExclusive}: filesystem entries and a disk table are not both given (the
 * image builder refuses at least one filesystem entry together with any disk table). Reported
 * at {@code filesystem}, the part to move into the disk.
 */
public final class FsDiskExclusiveValidator implements ConstraintValidator<FsDiskExclusive, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null || customizations.filesystem().isEmpty() || customizations.disk() == null) {
            return true;
        }
        Violations.report(context, Violations.params(), "filesystem");
        return false;
    }
}
