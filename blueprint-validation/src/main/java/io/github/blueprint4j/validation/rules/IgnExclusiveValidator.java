package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.IgnitionCustomization;
import io.github.blueprint4j.model.constraints.IgnExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link IgnExclusive}. */
public final class IgnExclusiveValidator implements ConstraintValidator<IgnExclusive, IgnitionCustomization> {

    @Override
    public boolean isValid(IgnitionCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
