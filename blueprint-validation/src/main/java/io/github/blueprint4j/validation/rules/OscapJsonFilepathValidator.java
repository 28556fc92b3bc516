package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.OscapJsonFilepath;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OscapJsonFilepath}: a {@code json_tailoring} table has a non-empty {@code filepath}. */
public final class OscapJsonFilepathValidator implements ConstraintValidator<OscapJsonFilepath, String> {

    @Override
    public boolean isValid(String filepath, ConstraintValidatorContext context) {
        return filepath != null && !filepath.isEmpty();
    }
}
