package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.OscapJsonProfile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OscapJsonProfile}: a {@code json_tailoring} table has a non-empty {@code profile_id}. */
public final class OscapJsonProfileValidator implements ConstraintValidator<OscapJsonProfile, String> {

    @Override
    public boolean isValid(String profileId, ConstraintValidatorContext context) {
        return profileId != null && !profileId.isEmpty();
    }
}
