package io.github.blueprint4j.operations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.Blueprint;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of every record type of the model, read once by reflection from {@link Blueprint}
 * down, so that comparing blueprints does not read annotations again.
 */
final class ModelSchema {

    /**
     * The fields of one record type.
     *
     * @param fields      the fields with a format key, in declaration order
     * @param unknownKeys the accessor of the keys the format does not define
     */
    record Table(List<ModelField> fields, Method unknownKeys) {
    }

    private static final Map<Class<?>, Table> TABLES = read();

    private ModelSchema() {
    }

    /**
     * Returns the fields of a record type of the model.
     *
     * @param type the type
     * @return its fields
     * @throws IllegalArgumentException if the type is not part of the model
     */
    static Table table(Class<?> type) {
        Table table = TABLES.get(type);
        if (table == null) {
            throw new IllegalArgumentException(type.getName() + " is not a table of the blueprint model");
        }
        return table;
    }

    private static Map<Class<?>, Table> read() {
        Map<Class<?>, Table> tables = new HashMap<>();
        read(Blueprint.class, tables);
        return Map.copyOf(tables);
    }

    private static void read(Class<?> type, Map<Class<?>, Table> tables) {
        if (tables.containsKey(type)) {
            return;
        }
        List<ModelField> fields = new ArrayList<>();
        Method unknownKeys = null;
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            if (accessor.isAnnotationPresent(JsonAnyGetter.class)) {
                unknownKeys = accessor;
                continue;
            }
            JsonProperty property = accessor.getAnnotation(JsonProperty.class);
            if (property == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + component.getName() + " has no format key");
            }
            Class<?> element = component.getType() == List.class
                    ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                    : null;
            fields.add(new ModelField(type, property.value(), accessor, component.getType(), element));
        }
        if (unknownKeys == null) {
            throw new IllegalStateException(type.getSimpleName() + " does not keep unknown keys");
        }
        tables.put(type, new Table(List.copyOf(fields), unknownKeys));
        for (ModelField field : fields) {
            Class<?> nested = field.isList() ? field.elementType() : field.type();
            if (nested.isRecord()) {
                read(nested, tables);
            }
        }
    }
}
