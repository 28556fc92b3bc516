package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.OscapJsonProfile;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link OscapJsonProfile}. */
public final class OscapJsonProfileValidator implements ConstraintValidator<OscapJsonProfile, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
