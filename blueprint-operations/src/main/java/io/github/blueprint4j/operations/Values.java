package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.FileMode;
import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns model values into the JSON-like values of a {@link Change}. */
final class Values {

    private Values() {
    }

    /**
     * Returns the JSON-like form of a model value: tables become maps of their present fields
     * (secrets {@link Change#HIDDEN}), sizes byte counts, modes strings, owners a name or an id,
     * whole numbers {@link Long}; texts masked as the redaction policy says (credentials in URLs,
     * private keys).
     *
     * @param value a model value, or {@code null}
     * @return the JSON-like value
     */
    static Object of(Object value) {
        return of(value, true);
    }

    /**
     * Returns the JSON-like form of a value as {@link #of} does, but with its texts unmasked, for
     * comparing: a change of the credentials in a URL is a change.
     *
     * @param value a model value, or {@code null}
     * @return the JSON-like value, never shown
     */
    static Object comparable(Object value) {
        return of(value, false);
    }

    private static Object of(Object value, boolean masked) {
        if (value instanceof String text) {
            return masked ? Redaction.mask(text) : text;
        }
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof DataSize size) {
            return size.toJsonValue();
        }
        if (value instanceof FileMode mode) {
            return mode.toString();
        }
        if (value instanceof Owner owner) {
            return owner.toJsonValue();
        }
        if (value instanceof Record record) {
            return table(record);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(entry -> out.add(of(entry, masked)));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, entry) -> out.put(String.valueOf(key),
                    masked ? unknown(String.valueOf(key), entry) : of(entry, false)));
            return Collections.unmodifiableMap(out);
        }
        // Values of unknown keys that JSON has no type for, such as TOML dates.
        return value.toString();
    }

    /**
     * Returns the JSON-like form of the value of a key the format does not define:
     * {@link Change#HIDDEN} when the key's name looks secret to the redaction policy, else as
     * {@link #of} gives it (with the same rule for the keys of its tables).
     *
     * @param key   the key
     * @param value its value, or {@code null}
     * @return the JSON-like value
     */
    static Object unknown(String key, Object value) {
        return value != null && Redaction.isSecretName(key) ? Change.HIDDEN : of(value);
    }

    /**
     * Returns a secret's stand-in.
     *
     * @param value the secret, or {@code null}
     * @return {@link Change#HIDDEN}, or {@code null} when the value is absent
     */
    static Object hidden(Object value) {
        return value == null ? null : Change.HIDDEN;
    }

    private static Map<String, Object> table(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ModelField field : ModelField.of(record.getClass())) {
            Object value = field.get(record);
            boolean absent = value == null
                    || (value instanceof List<?> list && list.isEmpty())
                    || (field.type() == boolean.class && !((Boolean) value));
            if (!absent) {
                out.put(field.key(), DiffRules.isSecret(field) ? Change.HIDDEN : of(value));
            }
        }
        ModelField.unknownKeys(record).forEach((key, value) -> out.put(key, unknown(key, value)));
        return Collections.unmodifiableMap(out);
    }
}
