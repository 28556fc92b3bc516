package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BpNameRequired}: the name is present and not empty. */
public final class BpNameRequiredValidator implements ConstraintValidator<BpNameRequired, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        return name != null && !name.isEmpty();
    }
}
