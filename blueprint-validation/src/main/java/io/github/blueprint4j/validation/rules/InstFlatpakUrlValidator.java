package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.InstFlatpakUrl;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@link InstFlatpakUrl}: a flatpak registry URL parses and its scheme is
 * {@code oci+https} (schemes are case-insensitive). A missing or empty URL has no scheme and is
 * refused too, as the image builder refuses it; so is a URL with a control character, which
 * the image builder cannot parse.
 */
public final class InstFlatpakUrlValidator implements ConstraintValidator<InstFlatpakUrl, String> {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

    @Override
    public boolean isValid(String url, ConstraintValidatorContext context) {
        if (url == null || url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return false;
        }
        Matcher scheme = SCHEME.matcher(url);
        return scheme.matches() && scheme.group(1).toLowerCase(Locale.ROOT).equals("oci+https");
    }
}
