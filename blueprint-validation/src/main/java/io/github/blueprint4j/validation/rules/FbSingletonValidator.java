package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.constraints.FbSingleton;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Map;

/**
 * Checks {@link FbSingleton} for a target whose image type lists {@code customizations.firstboot}:
 * no more than one satellite and no more than one aap script, reported once per type at {@code scripts}.
 */
public final class FbSingletonValidator implements ConstraintValidator<FbSingleton, FirstbootCustomization> {

    @Override
    public boolean isValid(FirstbootCustomization firstboot, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (!FirstbootBuild.applies(target, firstboot)) {
            return true;
        }
        boolean valid = true;
        for (Map.Entry<FirstbootType, Integer> count : FirstbootBuild.singletons(firstboot).entrySet()) {
            if (count.getValue() > 1) {
                Violations.report(context, TargetParams.of(target, "type", count.getKey().name().toLowerCase(Locale.ROOT),
                        "count", count.getValue()), "scripts");
                valid = false;
            }
        }
        return valid;
    }
}
