package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.DirsPolicy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DirsPolicy}: the directory path against the selected directories tables. */
public final class DirsPolicyValidator implements ConstraintValidator<DirsPolicy, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (path == null) {
            return true;
        }
        boolean valid = true;
        for (PathPolicy table : Policies.tables(context, PathPolicy.Scope.DIRECTORIES)) {
            String why = table.rule() == null ? table.refusal(path) : null;
            if (why != null) {
                Policies.report(context, table, path, why);
                valid = false;
            }
        }
        return valid;
    }
}
