package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsnodePathRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FsnodePathRequired}: a custom file or directory has a non-empty path. */
public final class FsnodePathRequiredValidator implements ConstraintValidator<FsnodePathRequired, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        return FsnodePaths.problem(path) != FsnodePaths.Problem.REQUIRED;
    }
}
