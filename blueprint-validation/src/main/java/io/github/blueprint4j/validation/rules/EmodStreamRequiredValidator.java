package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.EmodStreamRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link EmodStreamRequired}. */
public final class EmodStreamRequiredValidator implements ConstraintValidator<EmodStreamRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
