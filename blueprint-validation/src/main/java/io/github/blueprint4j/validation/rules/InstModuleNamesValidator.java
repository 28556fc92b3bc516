package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.InstModuleNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link InstModuleNames}. */
public final class InstModuleNamesValidator implements ConstraintValidator<InstModuleNames, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
