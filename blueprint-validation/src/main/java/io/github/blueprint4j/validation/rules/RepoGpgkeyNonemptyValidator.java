package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoGpgkeyNonempty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RepoGpgkeyNonempty}: an entry of {@code gpgkeys} is not the empty string. */
public final class RepoGpgkeyNonemptyValidator implements ConstraintValidator<RepoGpgkeyNonempty, String> {

    @Override
    public boolean isValid(String key, ConstraintValidatorContext context) {
        return key == null || !key.isEmpty();
    }
}
