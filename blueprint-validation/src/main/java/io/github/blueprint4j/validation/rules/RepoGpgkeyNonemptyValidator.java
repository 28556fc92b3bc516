package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoGpgkeyNonempty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoGpgkeyNonempty}. */
public final class RepoGpgkeyNonemptyValidator implements ConstraintValidator<RepoGpgkeyNonempty, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
