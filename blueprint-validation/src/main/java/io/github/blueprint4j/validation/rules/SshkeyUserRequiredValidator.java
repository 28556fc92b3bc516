package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshkeyUserRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SshkeyUserRequired}: the user of a {@code customizations.sshkey} entry is given and not empty. */
public final class SshkeyUserRequiredValidator implements ConstraintValidator<SshkeyUserRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
