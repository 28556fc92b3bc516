package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CtrTlsDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CtrTlsDefault}: notes a container entry without {@code tls-verify}, for which the
 * registry's TLS certificate is verified.
 */
public final class CtrTlsDefaultValidator implements ConstraintValidator<CtrTlsDefault, Boolean> {

    @Override
    public boolean isValid(Boolean tlsVerify, ConstraintValidatorContext context) {
        return tlsVerify != null;
    }
}
