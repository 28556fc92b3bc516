package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.IgnitionFirstboot;
import io.github.blueprint4j.model.constraints.IgnUrlEmptyExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link IgnUrlEmptyExclusive}: a first-boot Ignition table does not have both a
 * non-empty {@code url} and {@code empty = true}; reported at {@code empty}, as the reference
 * does.
 */
public final class IgnUrlEmptyExclusiveValidator implements ConstraintValidator<IgnUrlEmptyExclusive, IgnitionFirstboot> {

    @Override
    public boolean isValid(IgnitionFirstboot firstboot, ConstraintValidatorContext context) {
        if (firstboot == null || !firstboot.empty() || firstboot.url() == null || firstboot.url().isEmpty()) {
            return true;
        }
        Violations.report(context, Violations.params(), "empty");
        return false;
    }
}
