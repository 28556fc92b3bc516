package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.EmodStreamRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link EmodStreamRequired}: a module stream entry names its stream; an absent or empty
 * stream is requested as {@code name:}.
 */
public final class EmodStreamRequiredValidator implements ConstraintValidator<EmodStreamRequired, String> {

    @Override
    public boolean isValid(String stream, ConstraintValidatorContext context) {
        return stream != null && !stream.isEmpty();
    }
}
