package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsnodePathNoTrailingSlash;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsnodePathNoTrailingSlash}: the path of a custom file or directory does not
 * end with {@code /}; osbuild refuses {@code /} itself too. Reported only for a present,
 * absolute path (checked first).
 */
public final class FsnodePathNoTrailingSlashValidator implements ConstraintValidator<FsnodePathNoTrailingSlash, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (FsnodePaths.problem(path) != FsnodePaths.Problem.TRAILING_SLASH) {
            return true;
        }
        Violations.report(context, Violations.params("value", path));
        return false;
    }
}
