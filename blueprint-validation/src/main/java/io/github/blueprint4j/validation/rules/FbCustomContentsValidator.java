package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import io.github.blueprint4j.model.constraints.FbCustomContents;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FbCustomContents}. */
public final class FbCustomContentsValidator implements ConstraintValidator<FbCustomContents, FirstbootScript> {

    @Override
    public boolean isValid(FirstbootScript value, ConstraintValidatorContext context) {
        return true;
    }
}
