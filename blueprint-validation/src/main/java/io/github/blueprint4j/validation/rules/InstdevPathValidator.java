package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.InstdevPath;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link InstdevPath}: the installation device, when given, is a device path under
 * {@code /dev}, such as {@code /dev/vda} or {@code /dev/disk/by-id/...}: no empty path
 * segments and no whitespace. A missing or empty value is left to {@code INSTDEV-REQUIRED}.
 */
public final class InstdevPathValidator implements ConstraintValidator<InstdevPath, String> {

    private static final Pattern DEVICE = Pattern.compile("/dev(/[^/\\s]+)+");

    @Override
    public boolean isValid(String device, ConstraintValidatorContext context) {
        if (device == null || device.isEmpty() || DEVICE.matcher(device).matches()) {
            return true;
        }
        Violations.report(context, Violations.params("value", device));
        return false;
    }
}
