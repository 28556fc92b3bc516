package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.KernelNameDefault;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link KernelNameDefault}. */
public final class KernelNameDefaultValidator implements ConstraintValidator<KernelNameDefault, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
