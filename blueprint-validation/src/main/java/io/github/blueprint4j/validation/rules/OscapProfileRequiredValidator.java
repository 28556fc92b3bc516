package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.OscapProfileRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link OscapProfileRequired}. */
public final class OscapProfileRequiredValidator implements ConstraintValidator<OscapProfileRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
