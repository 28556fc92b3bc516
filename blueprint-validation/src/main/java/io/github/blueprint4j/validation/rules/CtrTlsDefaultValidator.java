package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CtrTlsDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link CtrTlsDefault}. */
public final class CtrTlsDefaultValidator implements ConstraintValidator<CtrTlsDefault, Boolean> {

    @Override
    public boolean isValid(Boolean value, ConstraintValidatorContext context) {
        return true;
    }
}
