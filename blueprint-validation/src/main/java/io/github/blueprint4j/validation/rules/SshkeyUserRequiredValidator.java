package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshkeyUserRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link SshkeyUserRequired}. */
public final class SshkeyUserRequiredValidator implements ConstraintValidator<SshkeyUserRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
