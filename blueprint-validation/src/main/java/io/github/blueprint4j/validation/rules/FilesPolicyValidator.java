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
        if (path != null && FilesForbiddenValidator.isManaged(path)) {
            return true;
        }
        return Policies.check(context, table -> true, path, PathPolicy.Scope.FILES);
    }
}
