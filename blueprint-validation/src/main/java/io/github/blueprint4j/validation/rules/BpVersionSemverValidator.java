package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpVersionSemver;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link BpVersionSemver}: an empty version, or {@code MAJOR.MINOR.PATCH} with optional
 * pre-release and build parts, as the reference's semver parser accepts them (leading zeros
 * included, an empty pre-release allowed).
 */
public final class BpVersionSemverValidator implements ConstraintValidator<BpVersionSemver, String> {

    private static final Pattern SEMVER = Pattern.compile(
            "[0-9]+\\.[0-9]+\\.[0-9]+(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?)?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?)?");

    @Override
    public boolean isValid(String version, ConstraintValidatorContext context) {
        return version == null || version.isEmpty() || (SEMVER.matcher(version).matches() && partsFitLong(version));
    }

    // each of the three numbers must fit a signed 64-bit integer
    private static boolean partsFitLong(String version) {
        int end = version.length();
        for (int i = 0; i < version.length(); i++) {
            char c = version.charAt(i);
            if (c == '-' || c == '+') {
                end = i;
                break;
            }
        }
        for (String part : version.substring(0, end).split("\\.")) {
            try {
                Long.parseLong(part);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }
}
