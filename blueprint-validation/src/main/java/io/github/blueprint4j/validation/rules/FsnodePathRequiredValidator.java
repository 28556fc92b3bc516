package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsnodePathRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsnodePathRequired}. */
public final class FsnodePathRequiredValidator implements ConstraintValidator<FsnodePathRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
