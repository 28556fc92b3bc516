package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.validation.PathPolicy;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

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
