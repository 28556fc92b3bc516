package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FwPortFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link FwPortFormat} in the specification's recommended strict form: a port is a number
 * of up to five digits or a service name, optionally followed by {@code -} and a second one for a
 * range, then {@code :} and one of {@code tcp}, {@code udp}, {@code sctp}, {@code dccp}.
 * Reported with the message parameter {@code value}.
 */
public final class FwPortFormatValidator implements ConstraintValidator<FwPortFormat, String> {

    private static final String PORT = "([0-9]{1,5}|[A-Za-z][A-Za-z0-9._+-]*)";
    private static final Pattern PORT_SPEC = Pattern.compile(PORT + "(-" + PORT + ")?:(tcp|udp|sctp|dccp)");

    @Override
    public boolean isValid(String port, ConstraintValidatorContext context) {
        if (port == null || PORT_SPEC.matcher(port).matches()) {
            return true;
        }
        Violations.report(context, Violations.params("value", port));
        return false;
    }
}
