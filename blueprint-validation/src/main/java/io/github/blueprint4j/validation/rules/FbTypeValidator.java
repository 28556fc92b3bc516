package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FbType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FbType}: a firstboot script's type is present and is {@code custom},
 * {@code satellite} or {@code aap}, compared case-insensitively; a missing type is refused.
 */
public final class FbTypeValidator implements ConstraintValidator<FbType, String> {

    @Override
    public boolean isValid(String type, ConstraintValidatorContext context) {
        return FirstbootType.of(type) != null;
    }
}
