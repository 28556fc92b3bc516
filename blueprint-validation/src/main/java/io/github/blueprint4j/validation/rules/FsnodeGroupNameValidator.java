package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.model.constraints.FsnodeGroupName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsnodeGroupName}. */
public final class FsnodeGroupNameValidator implements ConstraintValidator<FsnodeGroupName, Owner> {

    @Override
    public boolean isValid(Owner value, ConstraintValidatorContext context) {
        return true;
    }
}
