package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshdClientAlive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link SshdClientAlive}. */
public final class SshdClientAliveValidator implements ConstraintValidator<SshdClientAlive, Long> {

    @Override
    public boolean isValid(Long value, ConstraintValidatorContext context) {
        return true;
    }
}
