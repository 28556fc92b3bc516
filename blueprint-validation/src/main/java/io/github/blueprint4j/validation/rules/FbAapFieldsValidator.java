package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbAapFields;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbAapFields}. */
public final class FbAapFieldsValidator implements ConstraintValidator<FbAapFields, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript value, ConstraintValidatorContext context) {
        return true;
    }
}
