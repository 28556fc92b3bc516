package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CtrSourceRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CtrSourceRequired}: the source reference of a container entry is given and not empty. */
public final class CtrSourceRequiredValidator implements ConstraintValidator<CtrSourceRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
