package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.UserIdRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link UserIdRange}. */
public final class UserIdRangeValidator implements ConstraintValidator<UserIdRange, Long> {

    @Override
    public boolean isValid(Long value, ConstraintValidatorContext context) {
        return true;
    }
}
