package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CstoragePathRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link CstoragePathRequired}. */
public final class CstoragePathRequiredValidator implements ConstraintValidator<CstoragePathRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
