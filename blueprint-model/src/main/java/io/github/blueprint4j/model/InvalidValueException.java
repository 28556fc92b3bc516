package io.github.blueprint4j.model;

import io.github.blueprint4j.diagnostic.BlueprintException;
import io.github.blueprint4j.diagnostic.Diagnostic;
import java.util.List;

/**
 * A value the model cannot hold: a size, file mode or owner that does not parse or is out of
 * range, an unknown key that would shadow a key of the format, or an unknown key's value that
 * TOML and JSON cannot carry. Carries exactly one {@link Diagnostic}: the rule code (the
 * field's rule where the value belongs to one, such as {@code FSNODE-MODE-FORMAT}, else
 * {@code GEN-TYPE-MISMATCH}), the message, which is also this exception's message, and a hint.
 */
public final class InvalidValueException extends BlueprintException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param diagnostic the finding; its message becomes this exception's message
     */
    public InvalidValueException(Diagnostic diagnostic) {
        super(diagnostic.message(), List.of(diagnostic));
    }

    /**
     * Creates the exception for an error without a path.
     *
     * @param code    the rule code
     * @param message what is wrong
     * @param hint    what to write instead, or {@code null}
     * @return the exception, to be thrown
     */
    static InvalidValueException of(String code, String message, String hint) {
        return new InvalidValueException(Diagnostic.error(code, null, message, hint));
    }

    /**
     * Returns the one finding.
     *
     * @return the finding
     */
    public Diagnostic diagnostic() {
        return diagnostics().get(0);
    }
}
