package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.InstallerCustomization;
import io.github.blueprint4j.model.constraints.InstKsUnattended;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link InstKsUnattended}: {@code unattended = true} and non-empty
 * {@code kickstart.contents} are not used together; reported at {@code unattended}.
 */
public final class InstKsUnattendedValidator implements ConstraintValidator<InstKsUnattended, InstallerCustomization> {

    @Override
    public boolean isValid(InstallerCustomization installer, ConstraintValidatorContext context) {
        if (installer == null || !installer.unattended() || !InstallerKickstart.hasContents(installer)) {
            return true;
        }
        Violations.report(context, Violations.params(), "unattended");
        return false;
    }
}
