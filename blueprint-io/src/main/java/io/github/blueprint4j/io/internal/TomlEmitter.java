package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** TEMPORARY placeholder until the helper's branch is merged. */
final class TomlEmitter {
    private TomlEmitter() {
    }

    static String write(ObjectNode root) {
        try {
            return new com.fasterxml.jackson.dataformat.toml.TomlMapper().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
