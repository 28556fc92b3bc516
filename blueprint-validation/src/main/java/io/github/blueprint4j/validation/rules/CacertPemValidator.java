package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CacertPem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link CacertPem}. */
public final class CacertPemValidator implements ConstraintValidator<CacertPem, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
