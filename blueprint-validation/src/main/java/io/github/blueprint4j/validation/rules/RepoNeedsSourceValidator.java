package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoNeedsSource;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link RepoNeedsSource}: a repository has at least one base URL, a non-empty
 * {@code mirrorlist} or a non-empty {@code metalink}. Reported at {@code baseurls}, as the
 * reference does.
 */
public final class RepoNeedsSourceValidator implements ConstraintValidator<RepoNeedsSource, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization repository, ConstraintValidatorContext context) {
        if (repository == null || !repository.baseurls().isEmpty()
                || !isEmpty(repository.mirrorlist()) || !isEmpty(repository.metalink())) {
            return true;
        }
        Violations.report(context, Violations.params(), "baseurls");
        return false;
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
