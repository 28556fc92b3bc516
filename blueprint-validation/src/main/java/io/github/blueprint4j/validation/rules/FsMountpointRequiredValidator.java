package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsMountpointRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsMountpointRequired}: a filesystem entry has a mountpoint. Only an absent one
 * is refused here; an empty or malformed one is a matter of the mountpoint policies.
 */
public final class FsMountpointRequiredValidator implements ConstraintValidator<FsMountpointRequired, String> {

    @Override
    public boolean isValid(String mountpoint, ConstraintValidatorContext context) {
        return mountpoint != null;
    }
}
