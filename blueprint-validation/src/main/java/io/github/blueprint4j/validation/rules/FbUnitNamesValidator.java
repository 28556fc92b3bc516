package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FbUnitNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/**
 * Checks {@link FbUnitNames}: an {@code after} or {@code before} entry of a firstboot script is
 * a full systemd unit name: a non-empty name followed by the suffix of a unit type, such as
 * {@code network-online.target} or {@code sshd.service}.
 */
public final class FbUnitNamesValidator implements ConstraintValidator<FbUnitNames, String> {

    private static final Set<String> UNIT_TYPES = Set.of(
            "service", "socket", "device", "mount", "automount", "swap", "target", "path", "timer", "slice", "scope");

    @Override
    public boolean isValid(String unit, ConstraintValidatorContext context) {
        if (unit == null) {
            return true;
        }
        int dot = unit.lastIndexOf('.');
        if (dot > 0 && UNIT_TYPES.contains(unit.substring(dot + 1))) {
            return true;
        }
        Violations.report(context, Violations.params("value", unit));
        return false;
    }
}
