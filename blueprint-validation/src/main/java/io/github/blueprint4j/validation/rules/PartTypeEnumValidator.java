package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.PartitionType;
import io.github.blueprint4j.model.constraints.PartTypeEnum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PartTypeEnum}: the partition type is {@code plain}, {@code lvm} or
 * {@code btrfs}, matched exactly; absent or empty means {@code plain}.
 */
public final class PartTypeEnumValidator implements ConstraintValidator<PartTypeEnum, String> {

    @Override
    public boolean isValid(String type, ConstraintValidatorContext context) {
        if (PartitionType.of(type) != null) {
            return true;
        }
        Violations.report(context, Violations.params("value", type));
        return false;
    }
}
