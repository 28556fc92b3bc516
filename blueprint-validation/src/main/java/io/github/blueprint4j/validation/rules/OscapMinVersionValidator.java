package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.OpenScapCustomization;
import io.github.blueprint4j.model.constraints.OscapMinVersion;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link OscapMinVersion}: OpenSCAP on a RHEL 8 release before 8.7 or on RHEL 9.0.
 * Message parameters {@code imageType} and {@code distro}.
 */
public final class OscapMinVersionValidator implements ConstraintValidator<OscapMinVersion, OpenScapCustomization> {

    @Override
    public boolean isValid(OpenScapCustomization openscap, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || openscap == null || !(target.isRhelOlderThan(8, 7) || target.isRhelOlderThan(9, 1))) {
            return true;
        }
        Violations.report(context, TargetParams.of(target));
        return false;
    }
}
