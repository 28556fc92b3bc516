package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.constraints.FbCustomNamePath;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FbCustomNamePath} for a target whose image type lists {@code customizations.firstboot}:
 * no custom script has a name with a {@code /}; reported at {@code name}.
 */
public final class FbCustomNamePathValidator implements ConstraintValidator<FbCustomNamePath, FirstbootCustomization> {

    @Override
    public boolean isValid(FirstbootCustomization firstboot, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (!FirstbootBuild.applies(target, firstboot)) {
            return true;
        }
        return FirstbootBuild.checkCustomNames(context, target, firstboot, (earlier, name) -> name.contains("/"));
    }
}
