package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsnodePathAbsolute;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsnodePathAbsolute}: the path of a custom file or directory starts with
 * {@code /}. Reported only for a path that is present (checked first).
 */
public final class FsnodePathAbsoluteValidator implements ConstraintValidator<FsnodePathAbsolute, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (FsnodePaths.problem(path) != FsnodePaths.Problem.ABSOLUTE) {
            return true;
        }
        Violations.report(context, Violations.params("value", path));
        return false;
    }
}
