/**
 * Reading and writing osbuild blueprints: TOML and JSON in, typed
 * {@link io.github.blueprint4j.model.Blueprint} objects out, with every problem reported at
 * once with its line, column and field; canonical TOML and JSON back out.
 * Start at {@link io.github.blueprint4j.io.Blueprints}.
 */
module io.github.blueprint4j.io {
    requires transitive io.github.blueprint4j.model;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;

    exports io.github.blueprint4j.io;
    // reading a document as far as it can be read, for the one-call check; not part of the API
    exports io.github.blueprint4j.io.internal to io.github.blueprint4j.check;
}
