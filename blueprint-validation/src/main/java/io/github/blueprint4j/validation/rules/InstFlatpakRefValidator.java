package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.InstFlatpakRef;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstFlatpakRef}. */
public final class InstFlatpakRefValidator implements ConstraintValidator<InstFlatpakRef, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
