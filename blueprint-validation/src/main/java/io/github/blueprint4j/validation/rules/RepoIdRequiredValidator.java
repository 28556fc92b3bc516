package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoIdRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RepoIdRequired}: a custom repository has a non-empty id. */
public final class RepoIdRequiredValidator implements ConstraintValidator<RepoIdRequired, String> {

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
        return id != null && !id.isEmpty();
    }
}
