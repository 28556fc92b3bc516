package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.PartKeysByType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link PartKeysByType}. */
public final class PartKeysByTypeValidator implements ConstraintValidator<PartKeysByType, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
