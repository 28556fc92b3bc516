package io.github.blueprint4j.diagnostic;

/**
 * A position in a source document.
 *
 * @param line   line number, starting at 1
 * @param column column number, starting at 1 (counted in characters)
 */
public record SourceLocation(int line, int column) {

    /**
     * Checks the position.
     *
     * @param line   line number, from 1
     * @param column column number, from 1
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public SourceLocation {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    /** Returns {@code line:column}. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
