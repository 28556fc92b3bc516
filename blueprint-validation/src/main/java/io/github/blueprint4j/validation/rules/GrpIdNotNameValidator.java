package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GrpIdNotName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link GrpIdNotName}: a package group is named by its id. Offline, a display name can
 * only be recognised by what ids never contain: whitespace and upper-case letters
 * ({@code "Development Tools"} instead of {@code development-tools}).
 */
public final class GrpIdNotNameValidator implements ConstraintValidator<GrpIdNotName, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        return name == null || name.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isUpperCase(c));
    }
}
