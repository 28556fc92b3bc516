package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsBootcPolicy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsBootcPolicy}: the mountpoint against the selected mountpoint tables of the
 * rule, {@code mountpoints-bootc} (selected by a bootc disk image type as the target).
 */
public final class FsBootcPolicyValidator implements ConstraintValidator<FsBootcPolicy, String> {

    /** The rule id the bootc mountpoint tables carry. */
    static final String RULE = "FS-BOOTC-POLICY";

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        return Policies.check(context, table -> RULE.equals(table.rule()), path,
                PathPolicy.Scope.MOUNTPOINTS, PathPolicy.Scope.FILESYSTEM);
    }
}
