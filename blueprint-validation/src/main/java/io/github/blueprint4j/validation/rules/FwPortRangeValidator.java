package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FwPortRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FwPortRange}. */
public final class FwPortRangeValidator implements ConstraintValidator<FwPortRange, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
