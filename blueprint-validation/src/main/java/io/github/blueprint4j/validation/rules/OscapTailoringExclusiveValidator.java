package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.OpenScapCustomization;
import io.github.blueprint4j.model.constraints.OscapTailoringExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link OscapTailoringExclusive}: an {@code openscap} table does not have both a
 * {@code tailoring} and a {@code json_tailoring} table; reported at {@code json_tailoring}.
 */
public final class OscapTailoringExclusiveValidator implements ConstraintValidator<OscapTailoringExclusive, OpenScapCustomization> {

    @Override
    public boolean isValid(OpenScapCustomization openscap, ConstraintValidatorContext context) {
        if (openscap == null || openscap.tailoring() == null || openscap.jsonTailoring() == null) {
            return true;
        }
        Violations.report(context, Violations.params(), "jsonTailoring");
        return false;
    }
}
