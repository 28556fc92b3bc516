package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoBaseurlNonempty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link RepoBaseurlNonempty}. */
public final class RepoBaseurlNonemptyValidator implements ConstraintValidator<RepoBaseurlNonempty, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
