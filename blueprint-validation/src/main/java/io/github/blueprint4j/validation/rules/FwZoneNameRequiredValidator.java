package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FwZoneNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FwZoneNameRequired}: the name of a firewall zone is given and not empty. */
public final class FwZoneNameRequiredValidator implements ConstraintValidator<FwZoneNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
