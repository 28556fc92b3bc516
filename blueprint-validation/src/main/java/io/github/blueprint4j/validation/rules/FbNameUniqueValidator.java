package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.constraints.FbNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbNameUnique}. */
public final class FbNameUniqueValidator implements ConstraintValidator<FbNameUnique, FirstbootCustomization> {

    @Override
    public boolean isValid(FirstbootCustomization value, ConstraintValidatorContext context) {
        return true;
    }
}
