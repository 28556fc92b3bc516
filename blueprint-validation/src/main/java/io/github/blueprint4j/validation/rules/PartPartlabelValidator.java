package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.constraints.PartPartlabel;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link PartPartlabel}. */
public final class PartPartlabelValidator implements ConstraintValidator<PartPartlabel, DiskCustomization> {

    @Override
    public boolean isValid(DiskCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
