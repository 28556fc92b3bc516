package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FbUnitNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbUnitNames}. */
public final class FbUnitNamesValidator implements ConstraintValidator<FbUnitNames, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
