package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GrpNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link GrpNameRequired}. */
public final class GrpNameRequiredValidator implements ConstraintValidator<GrpNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
