package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.RepoIdPattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link RepoIdPattern}: a non-empty repository id consists of ASCII letters, digits,
 * {@code _}, {@code .}, {@code -} and {@code :}, as osbuild's repository stage requires.
 */
public final class RepoIdPatternValidator implements ConstraintValidator<RepoIdPattern, String> {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]+");

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
        if (id == null || id.isEmpty() || ID.matcher(id).matches()) {
            return true;
        }
        Violations.report(context, Violations.params("value", id));
        return false;
    }
}
