/**
 * Converters between the classic osbuild blueprint and its neighbouring shapes: the hosted
 * Image Builder service's {@code CreateBlueprintRequest}, the osbuild-composer cloud API
 * {@code Blueprint} inside a {@code ComposeRequest}, and the bootc-image-builder config. Every
 * conversion reports each value it drops, changes in form, or needs from the caller.
 * Start at {@link io.github.blueprint4j.interchange.Interchange}.
 */
module io.github.blueprint4j.interchange {
    requires transitive io.github.blueprint4j.io;
    requires io.github.blueprint4j.validation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.blueprint4j.interchange;
}
