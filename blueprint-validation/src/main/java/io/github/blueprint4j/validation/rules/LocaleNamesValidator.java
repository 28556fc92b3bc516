package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.LocaleNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link LocaleNames}. */
public final class LocaleNamesValidator implements ConstraintValidator<LocaleNames, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
