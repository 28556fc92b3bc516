package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.constraints.FileDataUriExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FileDataUriExclusive}. */
public final class FileDataUriExclusiveValidator implements ConstraintValidator<FileDataUriExclusive, FileCustomization> {

    @Override
    public boolean isValid(FileCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
