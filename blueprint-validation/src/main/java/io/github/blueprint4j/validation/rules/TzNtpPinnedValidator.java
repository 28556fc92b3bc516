package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.TzNtpPinned;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link TzNtpPinned}: NTP servers for an image type that the documentation says keeps
 * its own. Message parameters {@code imageType} and {@code distro}.
 */
public final class TzNtpPinnedValidator implements ConstraintValidator<TzNtpPinned, List<?>> {

    @Override
    public boolean isValid(List<?> ntpservers, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || ntpservers == null || ntpservers.isEmpty() || !SeedStatements.concern("TZ-NTP-PINNED", target)) {
            return true;
        }
        Violations.report(context, TargetParams.of(target));
        return false;
    }
}
