package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Objects;

/**
 * A document read as far as it could be: values that could not be bound are absent, everything
 * else is kept. Not part of the API: exported only to the library's own modules.
 *
 * @param blueprint   what could be read, or {@code null} when nothing could (a syntax error, a
 *                    document that is not a table)
 * @param format      the format the document was read as
 * @param diagnostics every finding of reading, errors included, located in the document
 * @param sourceMap   where each field was written; {@link SourceMap#NONE} when nothing could be read
 * @param absentPaths the paths of the values that were given but could not be read, each
 *                    explained by an error: left absent, or, for a list entry, replaced by an
 *                    empty entry so that the entries after it keep their indexes
 */
public record PartialRead(Blueprint blueprint, Format format, List<Diagnostic> diagnostics, SourceMap sourceMap,
                          List<String> absentPaths) {

    /**
     * Checks and copies the parts.
     *
     * @param blueprint   what could be read, or {@code null}
     * @param format      the format
     * @param diagnostics every finding of reading
     * @param sourceMap   where each field was written
     * @param absentPaths the paths of the values that could not be read
     */
    public PartialRead {
        Objects.requireNonNull(format, "format");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(sourceMap, "sourceMap");
        absentPaths = List.copyOf(absentPaths);
    }

    /**
     * Tells whether reading found an error, which makes the reader refuse the document.
     *
     * @return {@code true} if a finding is an error
     */
    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
