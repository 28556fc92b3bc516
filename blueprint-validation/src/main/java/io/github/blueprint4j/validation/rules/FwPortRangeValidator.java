package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FwPortRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link FwPortRange}: in the part before the protocol ({@code from-to} or a single port),
 * every port written as a number lies between 1 and 65535, and a range of two numbers does not
 * go from high to low. Service names are not checked here. Reported with the message parameter
 * {@code value}.
 */
public final class FwPortRangeValidator implements ConstraintValidator<FwPortRange, String> {

    private static final int MAX_PORT = 65535;

    @Override
    public boolean isValid(String port, ConstraintValidatorContext context) {
        if (port == null || isValidRange(port)) {
            return true;
        }
        Violations.report(context, Violations.params("value", port));
        return false;
    }

    private static boolean isValidRange(String port) {
        int colon = port.lastIndexOf(':');
        String range = colon < 0 ? port : port.substring(0, colon);
        int dash = range.indexOf('-');
        String from = dash < 0 ? range : range.substring(0, dash);
        String to = dash < 0 ? null : range.substring(dash + 1);
        long low = number(from);
        long high = to == null ? -1 : number(to);
        if (low == 0 || high == 0 || low > MAX_PORT || high > MAX_PORT) {
            return false;
        }
        return low < 0 || high < 0 || low <= high;
    }

    // the port as a number, MAX_PORT + 1 for longer numbers, -1 if it is not a number
    private static long number(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return text.length() > 9 ? MAX_PORT + 1 : Long.parseLong(text);
    }
}
