package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshdClientAlive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SshdClientAlive}: {@code client_alive_interval}, when given, is not negative. */
public final class SshdClientAliveValidator implements ConstraintValidator<SshdClientAlive, Long> {

    @Override
    public boolean isValid(Long interval, ConstraintValidatorContext context) {
        if (interval == null || interval >= 0) {
            return true;
        }
        Violations.report(context, Violations.params("value", interval));
        return false;
    }
}
