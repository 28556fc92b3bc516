package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.DiskLayoutOneBtrfs;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link DiskLayoutOneBtrfs}. */
public final class DiskLayoutOneBtrfsValidator implements ConstraintValidator<DiskLayoutOneBtrfs, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
