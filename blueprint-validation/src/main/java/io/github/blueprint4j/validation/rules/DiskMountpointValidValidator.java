package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.DiskMountpointValid;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link DiskMountpointValid}. */
public final class DiskMountpointValidValidator implements ConstraintValidator<DiskMountpointValid, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
