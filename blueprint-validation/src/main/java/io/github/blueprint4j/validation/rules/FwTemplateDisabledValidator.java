package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirewallCustomization;
import io.github.blueprint4j.model.constraints.FwTemplateDisabled;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FwTemplateDisabled}: firewall settings for an image type that the documentation
 * says disables the firewall. Message parameters {@code imageType} and {@code distro}.
 */
public final class FwTemplateDisabledValidator implements ConstraintValidator<FwTemplateDisabled, FirewallCustomization> {

    @Override
    public boolean isValid(FirewallCustomization firewall, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || firewall == null || !SeedStatements.concern("FW-TEMPLATE-DISABLED", target)) {
            return true;
        }
        Violations.report(context, TargetParams.of(target));
        return false;
    }
}
