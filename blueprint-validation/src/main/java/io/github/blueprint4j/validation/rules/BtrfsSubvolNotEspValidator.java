package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNotEsp;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link BtrfsSubvolNotEsp}. */
public final class BtrfsSubvolNotEspValidator implements ConstraintValidator<BtrfsSubvolNotEsp, PartitionCustomization> {

    @Override
    public boolean isValid(PartitionCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
