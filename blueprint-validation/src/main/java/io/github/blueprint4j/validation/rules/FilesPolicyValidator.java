package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FilesPolicy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FilesPolicy}: the file path against the selected file tables; the files that
 * other customizations manage are reported as {@code FILES-FORBIDDEN} instead.
 */
public final class FilesPolicyValidator implements ConstraintValidator<FilesPolicy, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (path == null || FilesForbiddenValidator.isManaged(path)) {
            return true;
        }
        boolean valid = true;
        for (PathPolicy table : Policies.tables(context, PathPolicy.Scope.FILES)) {
            String why = table.refusal(path);
            if (why != null) {
                Policies.report(context, table, path, why);
                valid = false;
            }
        }
        return valid;
    }
}
