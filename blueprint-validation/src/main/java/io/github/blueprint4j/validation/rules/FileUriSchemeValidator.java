package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FileUriScheme;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FileUriScheme}. */
public final class FileUriSchemeValidator implements ConstraintValidator<FileUriScheme, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
