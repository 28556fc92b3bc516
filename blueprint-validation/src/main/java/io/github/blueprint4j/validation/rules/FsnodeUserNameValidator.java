package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.model.constraints.FsnodeUserName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FsnodeUserName}: a user given by name matches osbuild's user name pattern
 * ({@link Owner#isValidUserName(String)}); a numeric id is always accepted.
 */
public final class FsnodeUserNameValidator implements ConstraintValidator<FsnodeUserName, Owner> {

    @Override
    public boolean isValid(Owner user, ConstraintValidatorContext context) {
        if (!(user instanceof Owner.Name name) || Owner.isValidUserName(name.value())) {
            return true;
        }
        Violations.report(context, Violations.params("value", name.value()));
        return false;
    }
}
