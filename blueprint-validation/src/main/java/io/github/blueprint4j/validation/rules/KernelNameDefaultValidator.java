package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.KernelNameDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link KernelNameDefault}: notes a kernel customization without a kernel name (absent or
 * empty), for which the package {@code kernel} is installed.
 */
public final class KernelNameDefaultValidator implements ConstraintValidator<KernelNameDefault, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        return name != null && !name.isEmpty();
    }
}
