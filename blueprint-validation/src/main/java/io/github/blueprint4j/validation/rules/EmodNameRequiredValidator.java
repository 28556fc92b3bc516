package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.EmodNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EmodNameRequired}: the module name of a module stream entry ({@code enabled_modules[].name}) is given and not empty. */
public final class EmodNameRequiredValidator implements ConstraintValidator<EmodNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
