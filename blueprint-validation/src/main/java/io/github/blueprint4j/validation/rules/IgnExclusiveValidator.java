package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.IgnitionCustomization;
import io.github.blueprint4j.model.constraints.IgnExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link IgnExclusive}: an {@code ignition} table does not have both an
 * {@code embedded} and a {@code firstboot} table; reported at {@code firstboot}.
 */
public final class IgnExclusiveValidator implements ConstraintValidator<IgnExclusive, IgnitionCustomization> {

    @Override
    public boolean isValid(IgnitionCustomization ignition, ConstraintValidatorContext context) {
        if (ignition == null || ignition.embedded() == null || ignition.firstboot() == null) {
            return true;
        }
        Violations.report(context, Violations.params(), "firstboot");
        return false;
    }
}
