package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GroupNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GroupNameRequired}: the name of a {@code customizations.group} entry is given and not empty. */
public final class GroupNameRequiredValidator implements ConstraintValidator<GroupNameRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !value.isEmpty();
    }
}
