package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.SshdPermitRootLogin;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SshdPermitRootLogin}: {@code permit_root_login}, when given and not empty, is
 * {@code prohibit-password} or {@code forced-commands-only}, the values the osbuild sshd stage
 * accepts (exact spelling).
 */
public final class SshdPermitRootLoginValidator implements ConstraintValidator<SshdPermitRootLogin, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isEmpty() || value.equals("prohibit-password") || value.equals("forced-commands-only")) {
            return true;
        }
        Violations.report(context, Violations.params("value", value));
        return false;
    }
}
