package io.github.blueprint4j.io;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Objects;

/**
 * A blueprint that was read successfully, with what reading noticed on the way.
 *
 * @param blueprint   the blueprint, never {@code null}
 * @param format      the format it was read from
 * @param diagnostics warnings and remarks (unknown keys, deprecated forms, ...), in document
 *                    order; never an error, since errors make reading fail
 * @param sourceMap   where each field was written, for pointing later findings (validation)
 *                    at their line and column
 */
public record ReadResult(Blueprint blueprint, Format format, List<Diagnostic> diagnostics, SourceMap sourceMap) {

    /**
     * Checks and copies the parts.
     *
     * @param blueprint   the blueprint
     * @param format      the format it was read from
     * @param diagnostics warnings and remarks
     * @param sourceMap   where each field was written
     * @throws NullPointerException if a part is {@code null}
     */
    public ReadResult {
        Objects.requireNonNull(blueprint, "blueprint");
        Objects.requireNonNull(format, "format");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(sourceMap, "sourceMap");
    }
}
