package io.github.blueprint4j.validation.rules;

import java.util.List;
import io.github.blueprint4j.model.constraints.LocalePrimaryOnly;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link LocalePrimaryOnly}. */
public final class LocalePrimaryOnlyValidator implements ConstraintValidator<LocalePrimaryOnly, List<String>> {

    @Override
    public boolean isValid(List<String> value, ConstraintValidatorContext context) {
        return true;
    }
}
