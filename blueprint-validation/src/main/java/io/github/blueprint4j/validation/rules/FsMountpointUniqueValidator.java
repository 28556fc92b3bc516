package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.FsMountpointUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsMountpointUnique}. */
public final class FsMountpointUniqueValidator implements ConstraintValidator<FsMountpointUnique, Customizations> {

    @Override
    public boolean isValid(Customizations value, ConstraintValidatorContext context) {
        return true;
    }
}
