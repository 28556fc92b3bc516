package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoGpgcheckNeedsKeys;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoGpgcheckNeedsKeys}. */
public final class RepoGpgcheckNeedsKeysValidator implements ConstraintValidator<RepoGpgcheckNeedsKeys, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
