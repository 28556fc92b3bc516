package io.github.blueprint4j.diagnostic;

import io.github.blueprint4j.model.internal.Redaction;
import java.util.Objects;

/**
 * One problem or remark about a blueprint, from reading or from validation.
 *
 * <p>The {@code code} is the stable rule id of the blueprint specification
 * (for example {@code FSNODE-PATH-ABSOLUTE} or {@code GEN-UNKNOWN-KEY}); tools may match on it.
 * The message is a sentence for a person; it never names a Java type. Message and hint never
 * show a credential or a control character: they are kept with the user information of URLs
 * ({@code https://user:pass@host}) and pasted private keys masked and control characters
 * escaped, whoever creates the diagnostic; the library's own messages also never show the value
 * of a password, a key or file contents (see the README's section on redaction).
 *
 * @param code     rule id, never {@code null}
 * @param severity how serious the finding is, never {@code null}
 * @param path     dotted path of the field in the format's key names with 0-based indexes
 *                 ({@code customizations.user[1].uid}), or {@code null} when the finding
 *                 concerns the whole document (a syntax error)
 * @param location where in the source the finding points, or {@code null} when the
 *                 blueprint was not read from text
 * @param message  what is wrong, in plain words, never {@code null}
 * @param hint     what to write instead, or {@code null}
 */
public record Diagnostic(String code, Severity severity, String path, SourceLocation location,
                         String message, String hint) {

    /**
     * Checks the required parts, and masks and escapes the message and the hint.
     *
     * @param code     rule id
     * @param severity how serious the finding is
     * @param path     field path, or {@code null}
     * @param location place in the source, or {@code null}
     * @param message  what is wrong
     * @param hint     what to write instead, or {@code null}
     * @throws NullPointerException if {@code code}, {@code severity} or {@code message} is {@code null}
     */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        message = Redaction.safe(message);
        hint = Redaction.safe(hint);
    }

    /**
     * Creates an error.
     *
     * @param code    rule id
     * @param path    field path, or {@code null}
     * @param message what is wrong
     * @param hint    what to do instead, or {@code null}
     * @return a diagnostic without a location
     */
    public static Diagnostic error(String code, String path, String message, String hint) {
        return new Diagnostic(code, Severity.ERROR, path, null, message, hint);
    }

    /**
     * Creates a warning.
     *
     * @param code    rule id
     * @param path    field path, or {@code null}
     * @param message what is likely wrong
     * @param hint    what to do instead, or {@code null}
     * @return a diagnostic without a location
     */
    public static Diagnostic warning(String code, String path, String message, String hint) {
        return new Diagnostic(code, Severity.WARNING, path, null, message, hint);
    }

    /**
     * Returns a copy that points at the given location.
     *
     * @param newLocation the location, or {@code null}
     * @return the copy
     */
    public Diagnostic withLocation(SourceLocation newLocation) {
        return new Diagnostic(code, severity, path, newLocation, message, hint);
    }

    /**
     * Returns a copy with another severity (strict mode turns warnings into errors).
     *
     * @param newSeverity the severity
     * @return the copy
     */
    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(code, newSeverity, path, location, message, hint);
    }

    /**
     * Returns {@code true} if the severity is {@link Severity#ERROR}.
     *
     * @return {@code true} if the severity is {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the line, or {@code null} when there is no location.
     *
     * @return the line, or {@code null} when there is no location
     */
    public Integer line() {
        return location == null ? null : location.line();
    }

    /**
     * Returns the column, or {@code null} when there is no location.
     *
     * @return the column, or {@code null} when there is no location
     */
    public Integer column() {
        return location == null ? null : location.column();
    }

    /**
     * Formats the diagnostic like a compiler message:
     * {@code line:column: SEVERITY CODE path: message (hint)}; parts that are absent are left out,
     * control characters are escaped (as {@code \n} or {@code \}{@code u001b}) so that the line stays one line.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (location != null) {
            out.append(location).append(": ");
        }
        out.append(severity).append(' ').append(code);
        if (path != null) {
            out.append(' ').append(path);
        }
        out.append(": ").append(message);
        if (hint != null) {
            out.append(" (").append(hint).append(')');
        }
        return Redaction.escape(out.toString());
    }
}
