package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.IgnitionFirstboot;
import io.github.blueprint4j.model.constraints.IgnFirstbootUrlRequired;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link IgnFirstbootUrlRequired}: a first-boot Ignition table without a URL, for image
 * types not built from a bootc container; reported at {@code url}.
 */
public final class IgnFirstbootUrlRequiredValidator implements ConstraintValidator<IgnFirstbootUrlRequired, IgnitionFirstboot> {

    @Override
    public boolean isValid(IgnitionFirstboot firstboot, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || firstboot == null || target.imageType().isBootc()
                || (firstboot.url() != null && !firstboot.url().isEmpty())) {
            return true;
        }
        Violations.report(context, TargetParams.of(target), "url");
        return false;
    }
}
