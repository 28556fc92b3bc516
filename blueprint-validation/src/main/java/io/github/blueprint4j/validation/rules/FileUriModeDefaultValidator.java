package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.constraints.FileUriModeDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FileUriModeDefault}: notes, at {@code mode}, a custom file that takes its
 * contents from a non-empty {@code uri} and gives no mode, so the local file's mode is used.
 */
public final class FileUriModeDefaultValidator implements ConstraintValidator<FileUriModeDefault, FileCustomization> {

    @Override
    public boolean isValid(FileCustomization file, ConstraintValidatorContext context) {
        if (file == null || file.uri() == null || file.uri().isEmpty() || file.mode() != null) {
            return true;
        }
        Violations.report(context, Violations.params(), "mode");
        return false;
    }
}
