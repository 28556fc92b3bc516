package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbSatelliteCommand;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FbSatelliteCommand}: a {@code satellite} firstboot script has a non-empty {@code command}. */
public final class FbSatelliteCommandValidator implements ConstraintValidator<FbSatelliteCommand, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript script, ConstraintValidatorContext context) {
        if (script == null || FirstbootType.of(script.type()) != FirstbootType.SATELLITE
                || (script.command() != null && !script.command().isEmpty())) {
            return true;
        }
        Violations.report(context, Violations.params(), "command");
        return false;
    }
}
