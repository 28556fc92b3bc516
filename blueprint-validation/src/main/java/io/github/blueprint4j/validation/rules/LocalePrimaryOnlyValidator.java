package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.LocalePrimaryOnly;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Checks {@link LocalePrimaryOnly}: notes a language list of more than one entry, of which only
 * the first is applied. Reported with the message parameter {@code first}.
 */
public final class LocalePrimaryOnlyValidator implements ConstraintValidator<LocalePrimaryOnly, List<String>> {

    @Override
    public boolean isValid(List<String> languages, ConstraintValidatorContext context) {
        if (languages == null || languages.size() < 2) {
            return true;
        }
        Violations.report(context, Violations.params("first", languages.get(0)));
        return false;
    }
}
