package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.constraints.FbCustomNameReserved;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FbCustomNameReserved} for a target whose image type lists {@code customizations.firstboot}:
 * no custom script is named {@code satellite} or {@code aap} or has a name starting with {@code custom}; reported at {@code name}.
 */
public final class FbCustomNameReservedValidator implements ConstraintValidator<FbCustomNameReserved, FirstbootCustomization> {

    @Override
    public boolean isValid(FirstbootCustomization firstboot, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (!FirstbootBuild.applies(target, firstboot)) {
            return true;
        }
        return FirstbootBuild.checkCustomNames(context, target, firstboot,
                (earlier, name) -> name.equals("satellite") || name.equals("aap") || name.startsWith("custom"));
    }
}
