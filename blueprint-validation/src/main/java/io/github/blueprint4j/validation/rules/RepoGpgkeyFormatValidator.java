package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoGpgkeyFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoGpgkeyFormat}. */
public final class RepoGpgkeyFormatValidator implements ConstraintValidator<RepoGpgkeyFormat, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
