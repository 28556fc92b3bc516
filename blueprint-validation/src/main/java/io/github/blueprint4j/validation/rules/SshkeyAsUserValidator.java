package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.SshKeyCustomization;
import io.github.blueprint4j.model.constraints.SshkeyAsUser;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link SshkeyAsUser}. */
public final class SshkeyAsUserValidator implements ConstraintValidator<SshkeyAsUser, SshKeyCustomization> {

    @Override
    public boolean isValid(SshKeyCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
