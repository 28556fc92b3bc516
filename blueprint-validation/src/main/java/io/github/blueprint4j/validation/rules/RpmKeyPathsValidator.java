package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RpmKeyPaths;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RpmKeyPaths}: an entry of {@code import_keys.files} is an absolute path, starting with {@code /}. */
public final class RpmKeyPathsValidator implements ConstraintValidator<RpmKeyPaths, String> {

    @Override
    public boolean isValid(String file, ConstraintValidatorContext context) {
        if (file == null || file.startsWith("/")) {
            return true;
        }
        Violations.report(context, Violations.params("value", file));
        return false;
    }
}
