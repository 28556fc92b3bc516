package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link BtrfsSubvolNameUnique}. */
public final class BtrfsSubvolNameUniqueValidator implements ConstraintValidator<BtrfsSubvolNameUnique, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
