package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbKeysByType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbKeysByType}. */
public final class FbKeysByTypeValidator implements ConstraintValidator<FbKeysByType, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript value, ConstraintValidatorContext context) {
        return true;
    }
}
