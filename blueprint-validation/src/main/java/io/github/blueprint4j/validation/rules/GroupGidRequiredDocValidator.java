package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GroupGidRequiredDoc;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link GroupGidRequiredDoc}. */
public final class GroupGidRequiredDocValidator implements ConstraintValidator<GroupGidRequiredDoc, Long> {

    @Override
    public boolean isValid(Long value, ConstraintValidatorContext context) {
        return true;
    }
}
