package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.OscapProfileRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OscapProfileRequired}: an {@code openscap} table has a non-empty {@code profile_id}. */
public final class OscapProfileRequiredValidator implements ConstraintValidator<OscapProfileRequired, String> {

    @Override
    public boolean isValid(String profileId, ConstraintValidatorContext context) {
        return profileId != null && !profileId.isEmpty();
    }
}
