package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.TzNtpNonempty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link TzNtpNonempty}. */
public final class TzNtpNonemptyValidator implements ConstraintValidator<TzNtpNonempty, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
