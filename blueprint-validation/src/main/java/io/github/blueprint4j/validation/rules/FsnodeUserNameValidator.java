package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.model.constraints.FsnodeUserName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsnodeUserName}. */
public final class FsnodeUserNameValidator implements ConstraintValidator<FsnodeUserName, Owner> {

    @Override
    public boolean isValid(Owner value, ConstraintValidatorContext context) {
        return true;
    }
}
