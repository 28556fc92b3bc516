package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoIdRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoIdRequired}. */
public final class RepoIdRequiredValidator implements ConstraintValidator<RepoIdRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
