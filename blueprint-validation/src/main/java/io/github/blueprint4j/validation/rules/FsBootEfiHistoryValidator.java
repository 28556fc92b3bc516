package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FsBootEfiHistory;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** PLACEHOLDER for {@link FsBootEfiHistory}. */
public final class FsBootEfiHistoryValidator implements ConstraintValidator<FsBootEfiHistory, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return true;
    }
}
