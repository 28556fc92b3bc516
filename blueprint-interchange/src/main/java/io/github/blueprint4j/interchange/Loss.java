package io.github.blueprint4j.interchange;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * One entry of a conversion's loss report: a value that was dropped, changed in form, or must
 * come from the caller.
 *
 * <p>Codes: {@code IX-DROPPED} (the target shape has no place for the value; not written),
 * {@code IX-LOSSY} (written, but part of it is lost), {@code IX-REWRITTEN} (written in another
 * form with the same effect, so a round trip does not give the same text), {@code IX-CALLER}
 * (the target needs a value the source cannot give; pass it in {@link ConversionOptions}),
 * {@code IX-REFUSED} (the value breaks a rule of the target shape's schema and is not written),
 * {@code IX-UNVERIFIED} (written, but whether the target honours it is not verified: check the
 * result) and {@code IX-UNWRAPPED} (a legacy wrapper was removed).
 *
 * @param code       the code, one of the above
 * @param severity   {@code WARNING} for a value lost or needed, {@code INFO} for a change of form
 * @param sourcePath the value's path in the source shape (its key names, 0-based indexes), or
 *                   {@code null} when the value is not in the source ({@code IX-CALLER})
 * @param targetPath the path in the target shape where the value goes or would go, or
 *                   {@code null} when it has no place there
 * @param location   line and column in the source text, or {@code null} when the source was not text
 * @param message    what happened, in one sentence
 * @param hint       what to do about it, or {@code null}
 */
public record Loss(String code, Severity severity, String sourcePath, String targetPath, SourceLocation location,
                   String message, String hint) {

    /**
     * Checks the required parts.
     *
     * @throws NullPointerException if code, severity or message is null
     */
    public Loss {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns this entry as a diagnostic, with the source path as its path.
     *
     * @return the diagnostic
     */
    public Diagnostic toDiagnostic() {
        return new Diagnostic(code, severity, sourcePath, location, message, hint);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (location != null) {
            out.append(location).append(": ");
        }
        out.append(severity).append(' ').append(code);
        if (sourcePath != null) {
            out.append(' ').append(sourcePath);
        }
        if (targetPath != null) {
            out.append(" -> ").append(targetPath);
        }
        out.append(": ").append(message);
        if (hint != null) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }
}
