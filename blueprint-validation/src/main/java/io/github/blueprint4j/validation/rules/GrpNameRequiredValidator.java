package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GrpNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GrpNameRequired}: the group id of a package group entry ({@code groups[].name}) is given and not empty. */
public final class GrpNameRequiredValidator implements ConstraintValidator<GrpNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
