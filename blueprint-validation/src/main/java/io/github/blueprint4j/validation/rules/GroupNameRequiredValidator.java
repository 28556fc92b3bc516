package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GroupNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link GroupNameRequired}. */
public final class GroupNameRequiredValidator implements ConstraintValidator<GroupNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
