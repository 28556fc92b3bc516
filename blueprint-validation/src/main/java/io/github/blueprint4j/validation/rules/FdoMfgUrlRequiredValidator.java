package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FdoMfgUrlRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FdoMfgUrlRequired}: an {@code fdo} table has a non-empty
 * {@code manufacturing_server_url}; a missing one is refused.
 */
public final class FdoMfgUrlRequiredValidator implements ConstraintValidator<FdoMfgUrlRequired, String> {

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
        return url != null && !url.isEmpty();
    }
}
