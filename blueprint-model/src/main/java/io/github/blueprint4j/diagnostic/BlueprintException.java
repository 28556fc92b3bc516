package io.github.blueprint4j.diagnostic;

import java.util.List;

/**
 * The root of every exception the library throws for a document, a blueprint or a value it
 * cannot accept: a document that cannot be read ({@code BlueprintParseException}), a
 * distribution or image type that is not known ({@code UnknownTargetException}), a value that
 * does not parse or that the model cannot hold ({@link io.github.blueprint4j.model.InvalidValueException}).
 * Catch this one type to handle them all. It is unchecked, and each carries its
 * {@link #diagnostics() diagnostics}: the findings with their rule codes, paths and, when the
 * input was text, lines and columns.
 *
 * <p>Two kinds of failure are not part of this hierarchy, as in the JDK: input and output that
 * cannot be done (a file that does not exist or cannot be read or written) is an
 * {@link java.io.IOException}, checked, thrown by the methods that take a file or a stream; and
 * a programming error, such as {@code null} where a value is required or an argument outside
 * its documented range, is a {@link NullPointerException}, {@link IllegalArgumentException}
 * or {@link IllegalStateException}.
 *
 * <p>The library's modules define the subclasses; this class has no public constructor.
 */
public abstract class BlueprintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The findings; a list of records, all serializable in practice. */
    @SuppressWarnings("serial")
    private final List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param message     what went wrong, in one sentence
     * @param diagnostics the findings, possibly none; copied
     */
    protected BlueprintException(String message, List<Diagnostic> diagnostics) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Returns the findings behind this exception, in document order where there is a document.
     *
     * @return the findings, possibly empty, never {@code null}; unmodifiable
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
