package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.constraints.GroupNameUnique;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link GroupNameUnique}. */
public final class GroupNameUniqueValidator implements ConstraintValidator<GroupNameUnique, Customizations> {

    @Override
    public boolean isValid(Customizations value, ConstraintValidatorContext context) {
        return true;
    }
}
