package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.DiskBootFstype;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link DiskBootFstype}. */
public final class DiskBootFstypeValidator implements ConstraintValidator<DiskBootFstype, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
