package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoBaseurlNonempty;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RepoBaseurlNonempty}: an entry of {@code baseurls} is not the empty string. */
public final class RepoBaseurlNonemptyValidator implements ConstraintValidator<RepoBaseurlNonempty, String> {

    @Override
    public boolean isValid(String baseurl, ConstraintValidatorContext context) {
        return baseurl == null || !baseurl.isEmpty();
    }
}
