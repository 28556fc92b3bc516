package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoNotBuildSource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoNotBuildSource}. */
public final class RepoNotBuildSourceValidator implements ConstraintValidator<RepoNotBuildSource, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
