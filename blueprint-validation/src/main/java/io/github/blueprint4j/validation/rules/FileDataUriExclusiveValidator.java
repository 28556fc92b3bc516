package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.constraints.FileDataUriExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FileDataUriExclusive}: a custom file does not have both non-empty {@code data}
 * and a non-empty {@code uri}. Reported at {@code uri}, as the reference does.
 */
public final class FileDataUriExclusiveValidator implements ConstraintValidator<FileDataUriExclusive, FileCustomization> {

    @Override
    public boolean isValid(FileCustomization file, ConstraintValidatorContext context) {
        if (file == null || isEmpty(file.data()) || isEmpty(file.uri())) {
            return true;
        }
        Violations.report(context, Violations.params(), "uri");
        return false;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
