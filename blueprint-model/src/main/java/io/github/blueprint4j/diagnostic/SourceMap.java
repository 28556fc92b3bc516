package io.github.blueprint4j.diagnostic;

/**
 * Finds where a field of a blueprint was written in the document it was read from.
 *
 * <p>Paths use the blueprint format's key names, dots between members and 0-based
 * indexes: {@code customizations.user[1].uid}. A path that was not written (a missing
 * key) resolves to its nearest written ancestor, so a finding about a missing field
 * points at the table that lacks it. Implementations are thread-safe.
 */
@FunctionalInterface
public interface SourceMap {

    /** A source map that knows no locations, for blueprints built in code. */
    SourceMap NONE = path -> null;

    /**
     * Returns the location of a field or of its nearest written ancestor.
     *
     * @param path dotted path in the format's key names, or {@code null} for the document
     * @return the location; the start of the document (line 1, column 1) when neither the path
     *         nor any ancestor was written; {@code null} only from {@link #NONE}
     */
    SourceLocation locate(String path);
}
