package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.IgnitionFirstboot;
import io.github.blueprint4j.model.constraints.IgnUrlEmptyExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link IgnUrlEmptyExclusive}. */
public final class IgnUrlEmptyExclusiveValidator implements ConstraintValidator<IgnUrlEmptyExclusive, IgnitionFirstboot> {

    @Override
    public boolean isValid(IgnitionFirstboot value, ConstraintValidatorContext context) {
        return true;
    }
}
