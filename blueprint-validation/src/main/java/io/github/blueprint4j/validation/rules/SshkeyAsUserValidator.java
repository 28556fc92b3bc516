package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.SshKeyCustomization;
import io.github.blueprint4j.model.constraints.SshkeyAsUser;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SshkeyAsUser}: notes every {@code customizations.sshkey} entry, the legacy form
 * that the build turns into a user entry placed before the {@code customizations.user} entries.
 */
public final class SshkeyAsUserValidator implements ConstraintValidator<SshkeyAsUser, SshKeyCustomization> {

    @Override
    public boolean isValid(SshKeyCustomization entry, ConstraintValidatorContext context) {
        return entry == null;
    }
}
