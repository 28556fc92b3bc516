package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshkeyKeyRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SshkeyKeyRequired}: the public key of a {@code customizations.sshkey} entry is given and not empty. */
public final class SshkeyKeyRequiredValidator implements ConstraintValidator<SshkeyKeyRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
