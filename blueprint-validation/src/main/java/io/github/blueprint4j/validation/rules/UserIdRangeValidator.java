package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserIdRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link UserIdRange}: a user or group id lies between 0 and 4294967294, the ids
 * {@code useradd} and {@code groupadd} accept (4294967295 stands for "no id").
 */
public final class UserIdRangeValidator implements ConstraintValidator<UserIdRange, Long> {

    private static final long MAX_ID = 4_294_967_294L;

    @Override
    public boolean isValid(Long id, ConstraintValidatorContext context) {
        if (id == null || (id >= 0 && id <= MAX_ID)) {
            return true;
        }
        Violations.report(context, Violations.params("value", id));
        return false;
    }
}
