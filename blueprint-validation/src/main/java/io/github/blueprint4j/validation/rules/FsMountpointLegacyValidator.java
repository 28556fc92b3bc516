package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsMountpointLegacy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FsMountpointLegacy}: the mountpoint against the selected mountpoints tables. */
public final class FsMountpointLegacyValidator implements ConstraintValidator<FsMountpointLegacy, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        return Policies.check(context, table -> "FS-MOUNTPOINT-LEGACY".equals(table.rule()), path,
                PathPolicy.Scope.MOUNTPOINTS, PathPolicy.Scope.FILESYSTEM);
    }
}
