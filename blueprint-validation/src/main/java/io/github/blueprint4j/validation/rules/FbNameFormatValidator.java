package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FbNameFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link FbNameFormat}: a firstboot script name, when given, matches
 * {@code ^[A-Za-z0-9_-]+$}. A missing or empty name is not checked.
 */
public final class FbNameFormatValidator implements ConstraintValidator<FbNameFormat, String> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        if (name == null || name.isEmpty() || NAME.matcher(name).matches()) {
            return true;
        }
        Violations.report(context, Violations.params("value", name));
        return false;
    }
}
