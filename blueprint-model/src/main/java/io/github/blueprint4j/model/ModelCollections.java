package io.github.blueprint4j.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies for the model's constructors. */
final class ModelCollections {

    private ModelCollections() {
    }

    /** Returns an unmodifiable copy; {@code null} becomes an empty list. */
    static <T> List<T> list(List<T> values, String key) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        for (T value : values) {
            Objects.requireNonNull(value, () -> "\"" + key + "\" must not contain null");
        }
        return List.copyOf(values);
    }

    /** Returns an unmodifiable copy that keeps the key order; {@code null} becomes an empty map. */
    static Map<String, Object> unknownKeys(Map<String, Object> keys) {
        if (keys == null || keys.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }
}
