package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FdoCustomization;
import io.github.blueprint4j.model.constraints.FdoDiunExactlyOne;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FdoDiunExactlyOne}. */
public final class FdoDiunExactlyOneValidator implements ConstraintValidator<FdoDiunExactlyOne, FdoCustomization> {

    @Override
    public boolean isValid(FdoCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
