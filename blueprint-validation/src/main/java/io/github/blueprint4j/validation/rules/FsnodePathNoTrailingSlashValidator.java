package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsnodePathNoTrailingSlash;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsnodePathNoTrailingSlash}. */
public final class FsnodePathNoTrailingSlashValidator implements ConstraintValidator<FsnodePathNoTrailingSlash, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
