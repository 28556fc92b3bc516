package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.GrpIdNotName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link GrpIdNotName}. */
public final class GrpIdNotNameValidator implements ConstraintValidator<GrpIdNotName, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
