package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshkeyKeyRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link SshkeyKeyRequired}. */
public final class SshkeyKeyRequiredValidator implements ConstraintValidator<SshkeyKeyRequired, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
