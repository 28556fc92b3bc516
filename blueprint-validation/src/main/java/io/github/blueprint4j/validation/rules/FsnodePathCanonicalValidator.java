package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsnodePathCanonical;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsnodePathCanonical}: the path of a custom file or directory equals its
 * cleaned form, so it has no empty, {@code .} or {@code ..} segment. Reported only for a
 * present, absolute path without a trailing slash (checked first).
 */
public final class FsnodePathCanonicalValidator implements ConstraintValidator<FsnodePathCanonical, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (FsnodePaths.problem(path) != FsnodePaths.Problem.CANONICAL) {
            return true;
        }
        Violations.report(context, Violations.params("value", path));
        return false;
    }
}
