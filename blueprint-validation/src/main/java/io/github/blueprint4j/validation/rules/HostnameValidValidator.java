package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.HostnameValid;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link HostnameValid}: a host name has 1 to 64 characters and consists of dot-separated
 * labels of ASCII letters, digits and {@code -} (the specification's recommended check).
 */
public final class HostnameValidValidator implements ConstraintValidator<HostnameValid, String> {

    private static final int MAX_LENGTH = 64;
    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*");

    @Override
    public boolean isValid(String hostname, ConstraintValidatorContext context) {
        return hostname == null || (hostname.length() <= MAX_LENGTH && HOSTNAME.matcher(hostname).matches());
    }
}
