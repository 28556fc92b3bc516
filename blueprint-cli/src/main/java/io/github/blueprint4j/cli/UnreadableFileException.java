package io.github.blueprint4j.cli;

import io.github.blueprint4j.diagnostic.Diagnostic;

/**
 * A file named on the command line cannot be read as text: it is missing, a directory, not
 * readable or not UTF-8. The message says which, in plain words.
 */
final class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The rule code of the diagnostic that reports an unreadable file. */
    static final String CODE = "IO-READ";

    /**
     * Creates the exception.
     *
     * @param message the problem, a sentence
     */
    UnreadableFileException(String message) {
        super(message);
    }

    /** Returns the problem as an {@value #CODE} error without path or location. */
    Diagnostic diagnostic() {
        return Diagnostic.error(CODE, null, getMessage(), null);
    }
}
