package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsMountpointLegacy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FsMountpointLegacy}: the mountpoint against the selected mountpoints tables. */
public final class FsMountpointLegacyValidator implements ConstraintValidator<FsMountpointLegacy, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        if (path == null) {
            return true;
        }
        boolean valid = true;
        for (PathPolicy table : Policies.tables(context, PathPolicy.Scope.MOUNTPOINTS)) {
            String why = "FS-MOUNTPOINT-LEGACY".equals(table.rule()) ? table.refusal(path) : null;
            if (why != null) {
                Policies.report(context, table, path, why);
                valid = false;
            }
        }
        return valid;
    }
}
