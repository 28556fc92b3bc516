package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GroupNamePattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link GroupNamePattern}. */
public final class GroupNamePatternValidator implements ConstraintValidator<GroupNamePattern, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
