package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.DiskLayoutNoMix;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link DiskLayoutNoMix}. */
public final class DiskLayoutNoMixValidator implements ConstraintValidator<DiskLayoutNoMix, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
