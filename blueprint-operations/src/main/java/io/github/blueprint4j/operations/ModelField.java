package io.github.blueprint4j.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * A component of a model record under the key the blueprint format gives it (the
 * {@link JsonProperty} of its accessor).
 *
 * @param owner       the record type
 * @param key         the format's key
 * @param accessor    the record's accessor
 * @param type        the component type
 * @param elementType the type of the entries when the component is a list, else {@code null}
 */
record ModelField(Class<?> owner, String key, Method accessor, Class<?> type, Class<?> elementType) {

    /**
     * Returns the fields of a model record type in declaration order, without the component that
     * holds the keys the format does not define.
     *
     * @param type a record type of the model
     * @return the fields
     */
    static List<ModelField> of(Class<?> type) {
        return ModelSchema.table(type).fields();
    }

    /**
     * Returns the keys of a model record that the format does not define, with their values.
     *
     * @param record a record of the model
     * @return the keys; empty if there are none
     */
    static Map<String, Object> unknownKeys(Record record) {
        @SuppressWarnings("unchecked")
        Map<String, Object> keys = (Map<String, Object>) invoke(ModelSchema.table(record.getClass()).unknownKeys(), record);
        return keys;
    }

    /**
     * Returns this field's value in a record.
     *
     * @param record a record of the owner type
     * @return the value, {@code null} when absent
     */
    Object get(Object record) {
        return invoke(accessor, record);
    }

    /** Tells whether the field is a list. */
    boolean isList() {
        return elementType != null;
    }

    private static Object invoke(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }
}
