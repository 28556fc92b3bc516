package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FbType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbType}. */
public final class FbTypeValidator implements ConstraintValidator<FbType, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
