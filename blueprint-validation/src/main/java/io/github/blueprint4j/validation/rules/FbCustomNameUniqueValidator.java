package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.constraints.FbCustomNameUnique;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link FbCustomNameUnique} for a target whose image type lists {@code customizations.firstboot}:
 * no custom script repeats the non-empty name of an earlier custom script; each repetition is reported at its {@code name}.
 */
public final class FbCustomNameUniqueValidator implements ConstraintValidator<FbCustomNameUnique, FirstbootCustomization> {

    @Override
    public boolean isValid(FirstbootCustomization firstboot, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (!FirstbootBuild.applies(target, firstboot)) {
            return true;
        }
        return FirstbootBuild.checkCustomNames(context, target, firstboot, List::contains);
    }
}
