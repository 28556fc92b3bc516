package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.DirsPolicy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DirsPolicy}: the directory path against the selected directories tables. */
public final class DirsPolicyValidator implements ConstraintValidator<DirsPolicy, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        return Policies.check(context, Policies::usual, path, PathPolicy.Scope.DIRECTORIES);
    }
}
