package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.IgnEmbeddedConfig;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IgnEmbeddedConfig}: an {@code embedded} Ignition table has a non-empty {@code config}. */
public final class IgnEmbeddedConfigValidator implements ConstraintValidator<IgnEmbeddedConfig, String> {

    @Override
    public boolean isValid(String config, ConstraintValidatorContext context) {
        return config != null && !config.isEmpty();
    }
}
