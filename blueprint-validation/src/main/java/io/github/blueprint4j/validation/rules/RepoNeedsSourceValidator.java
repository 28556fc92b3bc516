package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoNeedsSource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoNeedsSource}. */
public final class RepoNeedsSourceValidator implements ConstraintValidator<RepoNeedsSource, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
