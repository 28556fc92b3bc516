package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FipsImageTypesDoc;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FipsImageTypesDoc}: {@code fips = true} on an image type that supports FIPS but is
 * not among those the documentation lists. Message parameters {@code documented},
 * {@code imageType} and {@code distro}.
 */
public final class FipsImageTypesDocValidator implements ConstraintValidator<FipsImageTypesDoc, Boolean> {

    private static final String RULE = "FIPS-IMAGE-TYPES-DOC";

    @Override
    public boolean isValid(Boolean fips, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        if (target == null || !Boolean.TRUE.equals(fips) || !target.imageType().supports("customizations.fips")
                || SeedStatements.concern(RULE, target)) {
            return true;
        }
        Violations.report(context, TargetParams.of(target, "documented", String.join(", ", SeedStatements.imageTypes(RULE, target))));
        return false;
    }
}
