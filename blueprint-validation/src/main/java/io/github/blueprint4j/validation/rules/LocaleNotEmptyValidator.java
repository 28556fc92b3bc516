package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.LocaleCustomization;
import io.github.blueprint4j.model.constraints.LocaleNotEmpty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link LocaleNotEmpty}. */
public final class LocaleNotEmptyValidator implements ConstraintValidator<LocaleNotEmpty, LocaleCustomization> {

    @Override
    public boolean isValid(LocaleCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
