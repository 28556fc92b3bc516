package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FwZoneNamePattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link FwZoneNamePattern}: a firewall zone name matches {@code ^[a-zA-Z0-9_-]+$}. Absent
 * and empty names are left to {@code FW-ZONE-NAME-REQUIRED}.
 */
public final class FwZoneNamePatternValidator implements ConstraintValidator<FwZoneNamePattern, String> {

    private static final Pattern ZONE = Pattern.compile("[a-zA-Z0-9_-]+");

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        return name == null || name.isEmpty() || ZONE.matcher(name).matches();
    }
}
