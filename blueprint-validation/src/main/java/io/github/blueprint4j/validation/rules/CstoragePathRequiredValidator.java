package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.CstoragePathRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link CstoragePathRequired}: a {@code containers-storage} table has a
 * {@code destination-path}; the rule runs only when the table is present.
 */
public final class CstoragePathRequiredValidator implements ConstraintValidator<CstoragePathRequired, String> {

    @Override
    public boolean isValid(String destinationPath, ConstraintValidatorContext context) {
        return destinationPath != null;
    }
}
