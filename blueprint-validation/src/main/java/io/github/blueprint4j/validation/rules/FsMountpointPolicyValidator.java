package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsMountpointPolicy;
import io.github.blueprint4j.validation.PathPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link FsMountpointPolicy}: the mountpoint against the selected mountpoints tables. */
public final class FsMountpointPolicyValidator implements ConstraintValidator<FsMountpointPolicy, String> {

    @Override
    public boolean isValid(String path, ConstraintValidatorContext context) {
        return Policies.check(context, Policies::usual, path, PathPolicy.Scope.MOUNTPOINTS, PathPolicy.Scope.FILESYSTEM);
    }
}
