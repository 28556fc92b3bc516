package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshkeyPrivateKey;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SshkeyPrivateKey}: the key of a user or an SSH key entry holds no PEM private key
 * block, as the redaction policy recognises one.
 */
public final class SshkeyPrivateKeyValidator implements ConstraintValidator<SshkeyPrivateKey, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return !Redaction.containsPrivateKey(value);
    }
}
