package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.validation.PathPolicy;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.function.Predicate;

/** Applies the selected path policies of a validation. */
final class Policies {

    private Policies() {
    }

    /**
     * Returns the selected tables of a scope; none under a plain {@code @Valid}.
     *
     * @param context the validator's context
     * @param scope   what the tables apply to
     * @return the tables
     */
    static List<PathPolicy> tables(ConstraintValidatorContext context, PathPolicy.Scope scope) {
        ValidationSettings settings = ValidationSettings.of(context);
        return settings == null ? List.of() : settings.policies().tables(scope);
    }

    /**
     * Checks a path against the selected tables of some scopes that a rule applies, reporting
     * each table that refuses it.
     *
     * @param context the validator's context
     * @param rule    which tables the calling rule applies
     * @param path    the path; {@code null} is valid
     * @param scopes  what the tables apply to
     * @return {@code true} if no table refuses the path
     */
    static boolean check(ConstraintValidatorContext context, Predicate<PathPolicy> rule, String path, PathPolicy.Scope... scopes) {
        if (path == null) {
            return true;
        }
        boolean valid = true;
        for (PathPolicy.Scope scope : scopes) {
            for (PathPolicy table : tables(context, scope)) {
                String why = rule.test(table) ? table.refusal(path) : null;
                if (why != null) {
                    report(context, table, path, why);
                    valid = false;
                }
            }
        }
        return valid;
    }

    /**
     * Tells whether a table carries no rule of its own, so that the scope's usual rule applies it.
     *
     * @param table a table
     * @return {@code true} for tables without a rule id
     */
    static boolean usual(PathPolicy table) {
        return table.rule() == null;
    }

    /**
     * Reports a path that a table refuses.
     *
     * @param context the validator's context
     * @param table   the refusing table
     * @param path    the refused path
     * @param why     the table's reason
     * @param at      component names and indexes from the validated object to the path's key
     */
    static void report(ConstraintValidatorContext context, PathPolicy table, String path, String why, Object... at) {
        Violations.report(context, Violations.params("value", path, "policy", table.name(), "reason", why), at);
    }
}
