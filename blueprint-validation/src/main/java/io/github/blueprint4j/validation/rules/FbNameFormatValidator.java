package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FbNameFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbNameFormat}. */
public final class FbNameFormatValidator implements ConstraintValidator<FbNameFormat, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
