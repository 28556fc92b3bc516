package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsnodeDocLocation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsnodeDocLocation}: notes a custom file or directory outside {@code /etc}, the
 * only location that every older server and every version of the documentation accepts for
 * both. Paths that fail the path rules are left to them.
 */
public final class FsnodeDocLocationValidator implements ConstraintValidator<FsnodeDocLocation, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (FsnodePaths.problem(path) != null || path.equals("/etc") || path.startsWith("/etc/")) {
            return true;
        }
        Violations.report(context, Violations.params("value", path));
        return false;
    }
}
