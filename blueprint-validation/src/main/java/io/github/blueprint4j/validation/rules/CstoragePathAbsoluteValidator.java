package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CstoragePathAbsolute;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CstoragePathAbsolute}: a given {@code destination-path} starts with {@code /}. */
public final class CstoragePathAbsoluteValidator implements ConstraintValidator<CstoragePathAbsolute, String> {

    @Override
    public boolean isValid(String destinationPath, ConstraintValidatorContext context) {
        if (destinationPath == null || destinationPath.startsWith("/")) {
            return true;
        }
        Violations.report(context, Violations.params("value", destinationPath));
        return false;
    }
}
