package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.IgnEmbeddedBase64;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Base64;

/**
 * Checks {@link IgnEmbeddedBase64}: the embedded Ignition configuration decodes as standard,
 * padded Base64 (RFC 4648). Line breaks are skipped, as the image builder's decoder skips
 * them. A missing or empty configuration is left to {@code IGN-EMBEDDED-CONFIG}.
 */
public final class IgnEmbeddedBase64Validator implements ConstraintValidator<IgnEmbeddedBase64, String> {

    @Override
    public boolean isValid(String config, ConstraintValidatorContext context) {
        if (config == null || config.isEmpty()) {
            return true;
        }
        String encoded = config.replace("\r", "").replace("\n", "");
        // Java's decoder accepts missing padding; the image builder's does not
        if (encoded.length() % 4 != 0) {
            return false;
        }
        try {
            Base64.getDecoder().decode(encoded);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
