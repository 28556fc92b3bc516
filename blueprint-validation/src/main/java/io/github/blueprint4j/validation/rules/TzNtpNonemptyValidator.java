package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.TzNtpNonempty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link TzNtpNonempty}: an entry of {@code customizations.timezone.ntpservers} is not empty. */
public final class TzNtpNonemptyValidator implements ConstraintValidator<TzNtpNonempty, String> {

    @Override
    public boolean isValid(String server, ConstraintValidatorContext context) {
        return server == null || !server.isEmpty();
    }
}
