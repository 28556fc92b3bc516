package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.HostnameValid;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link HostnameValid}. */
public final class HostnameValidValidator implements ConstraintValidator<HostnameValid, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
