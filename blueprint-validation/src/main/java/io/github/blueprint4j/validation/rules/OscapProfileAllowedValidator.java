package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.OscapProfileAllowed;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link OscapProfileAllowed}: the profile id against the target distribution's
 * allow-list. Message parameters {@code value}, {@code allowed}, {@code imageType} and {@code distro}.
 */
public final class OscapProfileAllowedValidator implements ConstraintValidator<OscapProfileAllowed, String> {

    @Override
    public boolean isValid(String profileId, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || profileId == null || profileId.isEmpty() || target.allowsOpenScapProfile(profileId)) {
            return true;
        }
        List<String> allowed = target.openScapProfiles();
        Violations.report(context, TargetParams.of(target, "value", profileId,
                "allowed", allowed.isEmpty() ? "none" : String.join(", ", allowed)));
        return false;
    }
}
