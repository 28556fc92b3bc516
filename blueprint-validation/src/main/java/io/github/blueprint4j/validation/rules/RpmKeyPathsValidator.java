package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RpmKeyPaths;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RpmKeyPaths}. */
public final class RpmKeyPathsValidator implements ConstraintValidator<RpmKeyPaths, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
