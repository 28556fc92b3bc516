package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.OpenScapCustomization;
import io.github.blueprint4j.model.constraints.OscapTailoringExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link OscapTailoringExclusive}. */
public final class OscapTailoringExclusiveValidator implements ConstraintValidator<OscapTailoringExclusive, OpenScapCustomization> {

    @Override
    public boolean isValid(OpenScapCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
