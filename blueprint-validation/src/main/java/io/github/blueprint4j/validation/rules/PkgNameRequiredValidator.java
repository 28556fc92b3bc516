package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.PackageSpec;
import io.github.blueprint4j.model.constraints.PkgNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link PkgNameRequired}: every entry of {@code packages} has a non-empty name. Each
 * entry without one is reported at its {@code name} with its 1-based number.
 */
public final class PkgNameRequiredValidator implements ConstraintValidator<PkgNameRequired, Blueprint> {

    @Override
    public boolean isValid(Blueprint blueprint, ConstraintValidatorContext context) {
        return blueprint == null || reportUnnamed(blueprint.packages(), "packages", context);
    }

    /**
     * Reports every entry of a package list without a name, at {@code <list>[i].name}, with the
     * message parameter {@code number} (the 1-based entry number).
     *
     * @param entries   the entries
     * @param list      the record component name of the list
     * @param context   the validator's context
     * @return {@code true} if every entry has a name
     */
    static boolean reportUnnamed(List<PackageSpec> entries, String list, ConstraintValidatorContext context) {
        boolean valid = true;
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).name();
            if (name == null || name.isEmpty()) {
                Violations.report(context, Violations.params("number", i + 1), list, i, "name");
                valid = false;
            }
        }
        return valid;
    }
}
