package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsRhel8Min;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsRhel8Min}: a mountpoint other than {@code /} on a RHEL 8 release before 8.5.
 * Message parameters {@code imageType} and {@code distro}.
 */
public final class FsRhel8MinValidator implements ConstraintValidator<FsRhel8Min, String> {

    @Override
    public boolean isValid(String mountpoint, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || mountpoint == null || mountpoint.equals("/") || !target.isRhelOlderThan(8, 5)) {
            return true;
        }
        Violations.report(context, TargetParams.of(target));
        return false;
    }
}
