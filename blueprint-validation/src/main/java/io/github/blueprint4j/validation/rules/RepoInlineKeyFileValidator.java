package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.model.constraints.RepoInlineKeyFile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoInlineKeyFile}. */
public final class RepoInlineKeyFileValidator implements ConstraintValidator<RepoInlineKeyFile, RepositoryCustomization> {

    @Override
    public boolean isValid(RepositoryCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
