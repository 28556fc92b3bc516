package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.DiskTypeEnum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link DiskTypeEnum}. */
public final class DiskTypeEnumValidator implements ConstraintValidator<DiskTypeEnum, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
