package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.model.constraints.FsnodeGroupName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsnodeGroupName}: a group given by name matches osbuild's group name pattern
 * ({@link Owner#isValidGroupName(String)}, no dot allowed); a numeric id is always accepted.
 */
public final class FsnodeGroupNameValidator implements ConstraintValidator<FsnodeGroupName, Owner> {

    @Override
    public boolean isValid(Owner group, ConstraintValidatorContext context) {
        if (!(group instanceof Owner.Name name) || Owner.isValidGroupName(name.value())) {
            return true;
        }
        Violations.report(context, Violations.params("value", name.value()));
        return false;
    }
}
