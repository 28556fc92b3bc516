/**
 * The blueprint model: one immutable type per section of an osbuild blueprint, value types
 * with their own grammar ({@link io.github.blueprint4j.model.DataSize},
 * {@link io.github.blueprint4j.model.FileMode}, {@link io.github.blueprint4j.model.Owner})
 * and the diagnostics that reading and validation report.
 */
module io.github.blueprint4j.model {
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive jakarta.validation;

    exports io.github.blueprint4j.model;
    exports io.github.blueprint4j.diagnostic;
    exports io.github.blueprint4j.model.constraints;
    // shared helpers of the library's own modules, not part of the API
    exports io.github.blueprint4j.model.internal to io.github.blueprint4j.io, io.github.blueprint4j.validation,
            io.github.blueprint4j.operations, io.github.blueprint4j.cli;

    // Jackson binds and Bean Validation providers read the records reflectively.
    opens io.github.blueprint4j.model;
}
