package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.PartTypeEnum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link PartTypeEnum}. */
public final class PartTypeEnumValidator implements ConstraintValidator<PartTypeEnum, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
