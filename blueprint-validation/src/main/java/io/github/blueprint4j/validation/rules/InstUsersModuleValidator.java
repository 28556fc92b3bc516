package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.AnacondaModules;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.InstUsersModule;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link InstUsersModule}: while {@code user} or {@code group} entries exist,
 * {@code installer.modules.disable} does not contain the Users Anaconda module. Reported at
 * the {@code disable} list, where the reference places it.
 */
public final class InstUsersModuleValidator implements ConstraintValidator<InstUsersModule, Customizations> {

    @Override
    public boolean isValid(Customizations customizations, ConstraintValidatorContext context) {
        if (customizations == null || (customizations.user().isEmpty() && customizations.group().isEmpty())
                || customizations.installer() == null) {
            return true;
        }
        AnacondaModules modules = customizations.installer().modules();
        if (modules == null || !modules.disable().contains(InstModuleNamesValidator.USERS)) {
            return true;
        }
        Violations.report(context, Violations.params(), "installer", "modules", "disable");
        return false;
    }
}
