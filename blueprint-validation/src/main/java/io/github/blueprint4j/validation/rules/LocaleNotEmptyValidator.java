package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.LocaleCustomization;
import io.github.blueprint4j.model.constraints.LocaleNotEmpty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link LocaleNotEmpty}: a locale section sets at least one language or a non-empty
 * keyboard. Reported at the section.
 */
public final class LocaleNotEmptyValidator implements ConstraintValidator<LocaleNotEmpty, LocaleCustomization> {

    @Override
    public boolean isValid(LocaleCustomization locale, ConstraintValidatorContext context) {
        return locale == null || !locale.languages().isEmpty()
                || (locale.keyboard() != null && !locale.keyboard().isEmpty());
    }
}
