package io.github.blueprint4j.validation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The key names of a class's properties, from their {@code @JsonProperty} names (the model's
 * record components carry the format's keys), and the type each property leads to. Read once
 * per class. Not part of the API.
 */
public final class PropertyKeys {

    /** A property: its key and the type a path continues with (a list's element type). */
    public record Key(String key, Class<?> next) {
    }

    private static final ClassValue<Map<String, Key>> BY_JAVA_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Key> computeValue(Class<?> type) {
            Map<String, Key> keys = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    keys.put(rc.getName(), new Key(keyOf(rc.getName(), rc.getAccessor(), field(type, rc.getName())),
                            next(rc.getGenericType(), rc.getType())));
                }
                return Map.copyOf(keys);
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !keys.containsKey(f.getName())) {
                        keys.put(f.getName(), new Key(keyOf(f.getName(), f), next(f.getGenericType(), f.getType())));
                    }
                }
            }
            return Map.copyOf(keys);
        }
    };

    private static final ClassValue<Map<String, Key>> BY_KEY = new ClassValue<>() {
        @Override
        protected Map<String, Key> computeValue(Class<?> type) {
            Map<String, Key> keys = new HashMap<>();
            BY_JAVA_NAME.get(type).values().forEach(k -> keys.putIfAbsent(k.key(), k));
            return Map.copyOf(keys);
        }
    };

    /** Java name to key over every model type; one key per name, or the table would be ambiguous. */
    private static volatile Map<String, String> modelKeys;

    private PropertyKeys() {
    }

    /**
     * Returns the key of a model property by its Java name alone: a Java name means one key
     * throughout the model ({@code fsType} is {@code fs_type} wherever it appears).
     *
     * @param javaName a record component name of a model type
     * @return its key, or the name itself when no model type has such a component
     */
    public static String modelKey(String javaName) {
        Map<String, String> keys = modelKeys;
        if (keys == null) {
            Map<String, String> all = new HashMap<>();
            for (Class<?> type : ModelTypes.all()) {
                BY_JAVA_NAME.get(type).forEach((name, key) -> {
                    String earlier = all.putIfAbsent(name, key.key());
                    if (earlier != null && !earlier.equals(key.key())) {
                        throw new IllegalStateException("The model names " + name + " both " + earlier + " and " + key.key());
                    }
                });
            }
            keys = Map.copyOf(all);
            modelKeys = keys;
        }
        return keys.getOrDefault(javaName, javaName);
    }

    /**
     * Returns the key of a property.
     *
     * @param type     the class declaring the property
     * @param javaName the property's Java name
     * @return its {@code @JsonProperty} name, or the Java name when it has none
     */
    public static String key(Class<?> type, String javaName) {
        Key key = BY_JAVA_NAME.get(type).get(javaName);
        return key == null ? javaName : key.key();
    }

    /**
     * Finds a property by its Java name, else by its key.
     *
     * @param type the class declaring the property
     * @param name the Java name or the key
     * @return the property, or {@code null} if the class has none of that name
     */
    public static Key find(Class<?> type, String name) {
        Key key = BY_JAVA_NAME.get(type).get(name);
        return key != null ? key : BY_KEY.get(type).get(name);
    }

    private static String keyOf(String javaName, AnnotatedElement... places) {
        for (AnnotatedElement place : places) {
            JsonProperty property = place == null ? null : place.getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        }
        return javaName;
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The type a path continues with: the element of a collection or optional, the value of a map. */
    private static Class<?> next(Type generic, Class<?> raw) {
        if (raw.isArray()) {
            return raw.getComponentType();
        }
        if (generic instanceof ParameterizedType parameterized
                && (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class)) {
            Type[] arguments = parameterized.getActualTypeArguments();
            Type element = arguments[arguments.length - 1];
            if (element instanceof Class<?> c) {
                return c;
            }
            if (element instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
                return c;
            }
            return Object.class;
        }
        return raw;
    }
}
