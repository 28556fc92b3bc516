package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.KernelNameExtra;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link KernelNameExtra}. */
public final class KernelNameExtraValidator implements ConstraintValidator<KernelNameExtra, Blueprint> {

    @Override
    public boolean isValid(Blueprint value, ConstraintValidatorContext context) {
        return true;
    }
}
