package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CtrNameDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CtrNameDefault}: notes a container entry without a local name (absent or empty),
 * which is then stored under its source reference.
 */
public final class CtrNameDefaultValidator implements ConstraintValidator<CtrNameDefault, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        return name != null && !name.isEmpty();
    }
}
