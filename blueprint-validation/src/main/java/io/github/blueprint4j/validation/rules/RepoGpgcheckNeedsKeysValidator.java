package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoGpgcheckNeedsKeys;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link RepoGpgcheckNeedsKeys}: a repository with {@code gpgcheck = true} lists at least
 * one key. Reported at {@code gpgkeys}.
 */
public final class RepoGpgcheckNeedsKeysValidator implements ConstraintValidator<RepoGpgcheckNeedsKeys, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization repository, ConstraintValidatorContext context) {
        if (repository == null || !Boolean.TRUE.equals(repository.gpgcheck()) || !repository.gpgkeys().isEmpty()) {
            return true;
        }
        Violations.report(context, Violations.params(), "gpgkeys");
        return false;
    }
}
