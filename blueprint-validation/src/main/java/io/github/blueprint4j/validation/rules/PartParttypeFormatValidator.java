package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.PartParttypeFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link PartParttypeFormat}. */
public final class PartParttypeFormatValidator implements ConstraintValidator<PartParttypeFormat, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
