package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.constraints.FileUriModeDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FileUriModeDefault}. */
public final class FileUriModeDefaultValidator implements ConstraintValidator<FileUriModeDefault, FileCustomization> {

    @Override
    public boolean isValid(FileCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
