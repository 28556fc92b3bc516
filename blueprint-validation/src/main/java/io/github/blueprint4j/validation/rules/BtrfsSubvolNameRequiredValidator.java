package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNameRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link BtrfsSubvolNameRequired}. */
public final class BtrfsSubvolNameRequiredValidator implements ConstraintValidator<BtrfsSubvolNameRequired, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
