package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.InstallerCustomization;
import io.github.blueprint4j.model.constraints.InstKsSudo;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link InstKsSudo}: a non-empty {@code sudo-nopasswd} list and non-empty
 * {@code kickstart.contents} are not used together; reported at {@code sudo-nopasswd}.
 */
public final class InstKsSudoValidator implements ConstraintValidator<InstKsSudo, InstallerCustomization> {

    @Override
    public boolean isValid(InstallerCustomization installer, ConstraintValidatorContext context) {
        if (installer == null || installer.sudoNopasswd().isEmpty() || !InstallerKickstart.hasContents(installer)) {
            return true;
        }
        Violations.report(context, Violations.params(), "sudoNopasswd");
        return false;
    }
}
