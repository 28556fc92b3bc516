package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoIdPattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoIdPattern}. */
public final class RepoIdPatternValidator implements ConstraintValidator<RepoIdPattern, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
