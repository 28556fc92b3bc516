package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GroupNamePattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link GroupNamePattern}: a group name matches {@code ^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,31}$},
 * the pattern of the build's group-creation step. Absent and empty names are left to the rule
 * that requires a name.
 */
public final class GroupNamePatternValidator implements ConstraintValidator<GroupNamePattern, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        return !AccountNames.isRefused(name);
    }
}
