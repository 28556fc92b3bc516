package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpVersionDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BpVersionDefault}: notes a missing or empty version, which the server stores as 0.0.0. */
public final class BpVersionDefaultValidator implements ConstraintValidator<BpVersionDefault, String> {

    @Override
    public boolean isValid(String version, ConstraintValidatorContext context) {
        return version != null && !version.isEmpty();
    }
}
