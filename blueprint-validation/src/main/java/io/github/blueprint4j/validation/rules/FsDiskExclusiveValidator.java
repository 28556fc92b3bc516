package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.FsDiskExclusive;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsDiskExclusive}. */
public final class FsDiskExclusiveValidator implements ConstraintValidator<FsDiskExclusive, Customizations> {

    @Override
    public boolean isValid(Customizations value, ConstraintValidatorContext context) {
        return true;
    }
}
