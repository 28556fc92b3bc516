package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshdPermitRootLogin;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link SshdPermitRootLogin}. */
public final class SshdPermitRootLoginValidator implements ConstraintValidator<SshdPermitRootLogin, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
