package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpVersionRequiredDoc;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BpVersionRequiredDoc}: a version is given. */
public final class BpVersionRequiredDocValidator implements ConstraintValidator<BpVersionRequiredDoc, String> {

    @Override
    public boolean isValid(String version, ConstraintValidatorContext context) {
        return version != null;
    }
}
