package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbSatelliteCommand;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbSatelliteCommand}. */
public final class FbSatelliteCommandValidator implements ConstraintValidator<FbSatelliteCommand, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript value, ConstraintValidatorContext context) {
        return true;
    }
}
