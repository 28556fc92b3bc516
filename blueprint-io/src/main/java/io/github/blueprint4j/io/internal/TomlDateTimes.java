package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.BlueprintParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The TOML date and time literals that jackson-dataformat-toml hands to {@code java.time}, which
 * refuses two kinds: fractions of a second beyond nanoseconds, which TOML 1.0 says to truncate,
 * and literals that are no date or time ({@code 1979-13-01}, {@code 27:00:00}). Used only after
 * the parser failed on one, so a clean document pays nothing.
 */
final class TomlDateTimes {

    /** The digits of a fraction of a second that {@code java.time} holds. */
    private static final int FRACTION_DIGITS = 9;

    private static final List<Function<String, ?>> PARSERS =
            List.of(LocalDate::parse, LocalTime::parse, LocalDateTime::parse, OffsetDateTime::parse);

    private TomlDateTimes() {
    }

    /**
     * Returns the document with every fraction of a second truncated to nanoseconds. The text keeps
     * its length, so that every line and column stays where it was: the digits cut off become
     * spaces after the value, where TOML allows them.
     *
     * @param body a TOML document the parser refused at a date or time
     * @return the document to parse again
     * @throws BlueprintParseException with a {@code GEN-SYNTAX} error at each literal that is no
     *     date or time
     */
    static String repaired(String body) {
        char[] chars = null;
        List<Diagnostic> errors = new ArrayList<>();
        for (TomlSourceMap.DateTimeLiteral literal : new TomlSourceMap(body).dateTimeLiterals()) {
            String written = body.substring(literal.start(), literal.end());
            String truncated = truncated(written);
            if (!isValid(truncated)) {
                errors.add(new Diagnostic("GEN-SYNTAX", Severity.ERROR, null, literal.location(),
                        "The document is not valid TOML: " + written + " is not a valid date or time.",
                        "write a date as YYYY-MM-DD and a time as HH:MM:SS (hours 00 to 23), or quote the value"));
            } else if (truncated.length() != written.length()) {
                if (chars == null) {
                    chars = body.toCharArray();
                }
                truncated.getChars(0, truncated.length(), chars, literal.start());
                java.util.Arrays.fill(chars, literal.start() + truncated.length(), literal.end(), ' ');
            }
        }
        if (!errors.isEmpty()) {
            throw new BlueprintParseException(errors);
        }
        return chars == null ? body : new String(chars);
    }

    /** Cuts the fraction of a second, if any, to nanoseconds, as TOML 1.0 asks (truncated, not rounded). */
    static String truncated(String literal) {
        int point = literal.indexOf('.');
        if (point < 0) {
            return literal;
        }
        int end = point + 1;
        while (end < literal.length() && literal.charAt(end) >= '0' && literal.charAt(end) <= '9') {
            end++;
        }
        return end - point - 1 <= FRACTION_DIGITS ? literal
                : literal.substring(0, point + 1 + FRACTION_DIGITS) + literal.substring(end);
    }

    /** Tells whether one of the four TOML date-time types reads the literal, as the parser does. */
    private static boolean isValid(String literal) {
        // the parser reads a space between date and time as the T
        String text = literal.length() > 10 && literal.charAt(10) == ' '
                ? literal.substring(0, 10) + 'T' + literal.substring(11) : literal;
        for (Function<String, ?> parser : PARSERS) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                // not this type; try the next one
            }
        }
        return false;
    }
}
