package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FilesForbidden;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/**
 * Checks {@link FilesForbidden}: {@code /etc/fstab}, {@code /etc/shadow}, {@code /etc/passwd}
 * and {@code /etc/group}, when a selected file table refuses them.
 */
public final class FilesForbiddenValidator implements ConstraintValidator<FilesForbidden, String> {

    private static final Set<String> MANAGED = Set.of("/etc/fstab", "/etc/shadow", "/etc/passwd", "/etc/group");

    /** Tells whether other customizations manage the file. */
    static boolean isManaged(String path) {
        return MANAGED.contains(path);
    }

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (path == null || !isManaged(path)) {
            return true;
        }
        for (PathPolicy table : Policies.tables(context, PathPolicy.Scope.FILES)) {
            String why = table.refusal(path);
            if (why != null) {
                Policies.report(context, table, path, why);
                return false;
            }
        }
        return true;
    }
}
