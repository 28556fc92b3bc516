package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FwPortFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FwPortFormat}. */
public final class FwPortFormatValidator implements ConstraintValidator<FwPortFormat, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
