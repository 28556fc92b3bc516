package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.diagnostic.Diagnostic;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Defensive copies for the model's constructors. */
final class ModelCollections {

    /** The format's keys of each model record: the {@code @JsonProperty} names of its components. */
    private static final ClassValue<Set<String>> KEYS = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return Stream.of(type.getRecordComponents()).map(RecordComponent::getAccessor)
                    .map(accessor -> accessor.getAnnotation(JsonProperty.class)).filter(Objects::nonNull)
                    .map(JsonProperty::value).collect(Collectors.toUnmodifiableSet());
        }
    };

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

    /**
     * Returns an unmodifiable deep copy that keeps the key order; {@code null} becomes an empty map.
     *
     * @param keys  the unknown keys and their values
     * @param owner the record that holds them
     * @throws InvalidValueException if a key is one of the format's keys of {@code owner}, or a
     *                               value is not one TOML or JSON can carry
     */
    static Map<String, Object> unknownKeys(Map<String, Object> keys, Class<? extends Record> owner) {
        if (keys == null || keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        keys.forEach((key, value) -> copy.put(key, unknownValue(owner, key, value)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Checks one unknown key and returns an unmodifiable deep copy of its value.
     *
     * @param owner the record that holds the key
     * @param key   the key
     * @param value its value: {@code null} (JSON's null), a string, boolean, integer, floating-point
     *              number, TOML date or time, or a list or string-keyed map of these
     * @return the copy
     * @throws InvalidValueException if the key is one of the format's keys of {@code owner}, or the
     *                               value is not one TOML or JSON can carry
     */
    static Object unknownValue(Class<? extends Record> owner, String key, Object value) {
        Objects.requireNonNull(key, "an unknown key must not be null");
        if (KEYS.get(owner).contains(key)) {
            throw new InvalidValueException(Diagnostic.error("GEN-UNKNOWN-KEY", key, "\"" + key
                    + "\" is a key the format defines here, so it cannot also be kept as an unknown key.",
                    "set it with the builder's own method for \"" + key + "\""));
        }
        return plain(value, key);
    }

    private static Object plain(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof OffsetDateTime || value instanceof LocalDateTime
                || value instanceof LocalDate || value instanceof LocalTime) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(plain(element, path + "[" + copy.size() + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new InvalidValueException(Diagnostic.error("GEN-TYPE-MISMATCH", path, "The table at " + path
                            + " has the key " + entry.getKey() + ", but TOML and JSON keys are strings.", null));
                }
                copy.put(key, plain(entry.getValue(), path + "." + key));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new InvalidValueException(Diagnostic.error("GEN-TYPE-MISMATCH", path, "The unknown value at " + path
                + " is a " + value.getClass().getName() + ", which TOML and JSON cannot carry.",
                "use a string, boolean, integer, floating-point number, date or time, or a list or table of these"));
    }
}
