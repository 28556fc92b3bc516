package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsMountpointRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsMountpointRequired}. */
public final class FsMountpointRequiredValidator implements ConstraintValidator<FsMountpointRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
