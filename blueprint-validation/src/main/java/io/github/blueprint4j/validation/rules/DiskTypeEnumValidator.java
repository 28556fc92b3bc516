package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.DiskTypeEnum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DiskTypeEnum}: the partition table type is {@code gpt} or {@code dos}; absent
 * or empty means the image type's default.
 */
public final class DiskTypeEnumValidator implements ConstraintValidator<DiskTypeEnum, String> {

    @Override
    public boolean isValid(String type, ConstraintValidatorContext context) {
        if (type == null || type.isEmpty() || type.equals("gpt") || type.equals("dos")) {
            return true;
        }
        Violations.report(context, Violations.params("value", type));
        return false;
    }
}
