package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.ServicesCustomization;
import io.github.blueprint4j.model.constraints.SvcEnabledDisabled;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link SvcEnabledDisabled}. */
public final class SvcEnabledDisabledValidator implements ConstraintValidator<SvcEnabledDisabled, ServicesCustomization> {

    @Override
    public boolean isValid(ServicesCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
