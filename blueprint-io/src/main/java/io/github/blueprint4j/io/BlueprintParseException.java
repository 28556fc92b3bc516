package io.github.blueprint4j.io;

import io.github.blueprint4j.diagnostic.BlueprintException;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import java.util.List;

/**
 * A blueprint document could not be read. Carries every problem reading found, not only the
 * first: each {@link Diagnostic} has a rule code, the field's path, the line and column, a
 * message and, where one helps, a hint. Warnings found on the way are included;
 * {@link #diagnostics()} lists them all in document order.
 *
 * <p>Reading a file or a stream that cannot be read at all throws an {@link java.io.IOException}
 * instead: this exception is only about what the document says.
 */
public class BlueprintParseException extends BlueprintException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param diagnostics the findings, at least one of them an error
     * @throws IllegalArgumentException if no finding is an error
     */
    public BlueprintParseException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics), diagnostics);
    }

    /**
     * Returns only the errors.
     *
     * @return the errors, at least one
     */
    public List<Diagnostic> errors() {
        return diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    private static String summary(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A parse exception needs at least one error");
        }
        StringBuilder message = new StringBuilder("The blueprint cannot be read");
        message.append(errors.size() == 1 ? ": " : " (" + errors.size() + " errors; the first one follows): ");
        message.append(errors.get(0));
        return message.toString();
    }
}
