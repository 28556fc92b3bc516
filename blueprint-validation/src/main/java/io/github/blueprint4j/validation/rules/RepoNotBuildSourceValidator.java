package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoNotBuildSource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link RepoNotBuildSource}: notes a repository without {@code install_from = true},
 * which is only written into the image and not used to install packages during the build.
 */
public final class RepoNotBuildSourceValidator implements ConstraintValidator<RepoNotBuildSource, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization repository, ConstraintValidatorContext context) {
        return repository == null || repository.installFrom();
    }
}
