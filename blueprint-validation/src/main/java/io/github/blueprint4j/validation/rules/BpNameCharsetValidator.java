package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.constraints.BpNameCharset;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link BpNameCharset}: the composer server's name pattern. Runs in the composer
 * profile (a warning) and whenever the {@code weldr-name} policy is selected (an error).
 */
public final class BpNameCharsetValidator implements ConstraintValidator<BpNameCharset, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        ValidationSettings settings = ValidationSettings.of(context);
        if (settings == null || name == null || name.isEmpty()) {
            return true;
        }
        boolean weldr = settings.policies().checksWeldrName();
        if ((settings.profile() != Profile.COMPOSER && !weldr) || PathPolicies.weldrNamePattern().matcher(name).matches()) {
            return true;
        }
        Violations.report(context, weldr ? Severity.ERROR : null, Violations.params());
        return false;
    }
}
