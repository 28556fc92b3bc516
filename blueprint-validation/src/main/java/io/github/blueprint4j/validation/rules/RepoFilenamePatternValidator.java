package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoFilenamePattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoFilenamePattern}. */
public final class RepoFilenamePatternValidator implements ConstraintValidator<RepoFilenamePattern, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
