package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.FsnodeFileNotParent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsnodeFileNotParent}. */
public final class FsnodeFileNotParentValidator implements ConstraintValidator<FsnodeFileNotParent, Customizations> {

    @Override
    public boolean isValid(Customizations value, ConstraintValidatorContext context) {
        return true;
    }
}
