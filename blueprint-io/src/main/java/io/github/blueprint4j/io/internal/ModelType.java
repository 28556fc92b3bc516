package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.FileMode;
import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.model.internal.Redaction;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader and the writer know about one model record, derived once from its
 * components: the key of each component (its {@code @JsonProperty}, the single source of key
 * names), its kind of value, and how to construct and read the record.
 */
final class ModelType {

    /** The kinds of value a component holds. */
    enum Kind {
        STRING("a string"),
        BOOLEAN("true or false"),
        LONG("an integer"),
        DATA_SIZE("an integer number of bytes or a size string such as \"20 GiB\""),
        OWNER("a name or a numeric id"),
        FILE_MODE("an octal string such as \"0644\""),
        STRING_LIST("a list of strings"),
        RECORD("a table"),
        RECORD_LIST("a list of tables");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        /** Describes the expected value for a message, in TOML words. */
        String expected() {
            return expected;
        }
    }

    /** One component: a key of the format. */
    static final class Component {
        final String key;
        /** The key as TOML writes it. */
        final String tomlKey;
        /** The start of this key's TOML entry: {@code key = }. */
        final String tomlEntry;
        final int index;
        final Kind kind;
        final boolean primitive;
        final Class<?> recordType;
        /** The record's accessor, typed {@code (Object)Object}. */
        final MethodHandle accessor;
        /** {@code true} for the one list where absent ({@code null}) and empty differ. */
        boolean nullableList;
        /** {@code true} when the reference writes the key even with its default value. */
        final boolean alwaysWritten;
        /** {@code true} when messages must not show the value (a password, a key, contents). */
        final boolean hidden;
        private ModelType element;

        Component(String key, int index, Kind kind, boolean primitive, Class<?> recordType, MethodHandle accessor,
                  boolean alwaysWritten, boolean hidden) {
            this.key = key;
            this.hidden = hidden;
            this.tomlKey = TomlEmitter.key(key);
            this.tomlEntry = tomlKey + " = ";
            this.alwaysWritten = alwaysWritten;
            this.index = index;
            this.kind = kind;
            this.primitive = primitive;
            this.recordType = recordType;
            this.accessor = accessor;
        }

        /** Returns the type of the record (or of the list's records) this component holds. */
        ModelType element() {
            ModelType type = element;
            if (type == null) {
                type = ModelType.of(recordType);
                element = type;
            }
            return type;
        }

        /**
         * Tells whether the writer writes a value of this component: absent values, a primitive
         * {@code false} the reference leaves out, and empty lists where empty means absent are not.
         */
        boolean isWritten(Object value) {
            if (value == null) {
                return false;
            }
            if (kind == Kind.BOOLEAN) {
                return !primitive || alwaysWritten || (Boolean) value;
            }
            return nullableList || kind != Kind.STRING_LIST && kind != Kind.RECORD_LIST || !((List<?>) value).isEmpty();
        }

        /** Reads this component of a record. */
        Object get(Object record) {
            try {
                return (Object) accessor.invokeExact(record);
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot read " + key, e);
            }
        }
    }

    private static final ClassValue<ModelType> CACHE = new ClassValue<>() {
        @Override
        protected ModelType computeValue(Class<?> type) {
            return new ModelType(type);
        }
    };

    final Class<?> type;
    final Component[] components;
    final int unknownKeysIndex;
    private final Map<String, Component> byKey;
    // reflection, not a spreading method handle: that spins classes for each record type, milliseconds each at start-up
    private final Constructor<?> constructor;
    private final MethodHandle unknownKeysAccessor;

    private ModelType(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a model record");
        }
        this.type = type;
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        RecordComponent[] recordComponents = type.getRecordComponents();
        if (recordComponents.length > Long.SIZE) {
            // the reader marks the components a document gives in the bits of a long
            throw new IllegalStateException(type + " has more than " + Long.SIZE + " components");
        }
        Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
        Component[] known = new Component[recordComponents.length - 1];
        Map<String, Component> keys = new HashMap<>();
        int unknownIndex = -1;
        MethodHandle unknownAccessor = null;
        int n = 0;
        try {
            for (int i = 0; i < recordComponents.length; i++) {
                RecordComponent rc = recordComponents[i];
                parameterTypes[i] = rc.getType();
                if (rc.getAccessor().isAnnotationPresent(JsonAnySetter.class)
                        || rc.getAccessor().getAnnotation(JsonProperty.class) == null) {
                    unknownIndex = i;
                    unknownAccessor = getter(lookup, rc);
                    continue;
                }
                String key = rc.getAccessor().getAnnotation(JsonProperty.class).value();
                Class<?> raw = rc.getType();
                Kind kind = kindOf(raw, rc.getGenericType());
                Class<?> recordType = kind == Kind.RECORD ? raw
                        : kind == Kind.RECORD_LIST ? elementClass(rc.getGenericType()) : null;
                JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
                Component component = new Component(key, i, kind, raw.isPrimitive(), recordType,
                        getter(lookup, rc), include != null && include.value() == JsonInclude.Include.ALWAYS,
                        Redaction.exposure(type, key) != Redaction.Exposure.SHOWN);
                known[n++] = component;
                keys.put(key, component);
            }
            if (unknownIndex < 0 || n != known.length) {
                throw new IllegalStateException(type + " must have exactly one unknown-keys component");
            }
            this.constructor = type.getConstructor(parameterTypes);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot introspect " + type, e);
        }
        this.components = known;
        this.byKey = keys;
        this.unknownKeysIndex = unknownIndex;
        this.unknownKeysAccessor = unknownAccessor;
        // A list the constructor leaves null when given null is one where absent and empty differ.
        Object blank = newInstance(new Object[arity()]);
        for (Component c : known) {
            c.nullableList = (c.kind == Kind.STRING_LIST || c.kind == Kind.RECORD_LIST) && c.get(blank) == null;
        }
    }

    /** Returns the descriptor of a model record class. */
    static ModelType of(Class<?> type) {
        return CACHE.get(type);
    }

    /** Returns the component for a key, or {@code null} if the format does not define it here. */
    Component component(String key) {
        return byKey.get(key);
    }

    /** Returns the keys this table defines, in the format's order. */
    List<String> keys() {
        String[] keys = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            keys[i] = components[i].key;
        }
        return List.of(keys);
    }

    /** Returns the number of constructor arguments. */
    int arity() {
        return components.length + 1;
    }

    /**
     * Constructs the record. Missing primitive booleans become {@code false}.
     *
     * @param args one value per component, {@code null} for absent
     */
    Object newInstance(Object[] args) {
        for (Component c : components) {
            if (c.primitive && args[c.index] == null) {
                args[c.index] = Boolean.FALSE;
            }
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("Cannot construct " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getSimpleName(), e);
        }
    }

    /** Reads the unknown keys of a record. */
    @SuppressWarnings("unchecked")
    Map<String, Object> unknownKeys(Object record) {
        try {
            return (Map<String, Object>) (Object) unknownKeysAccessor.invokeExact(record);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read the unknown keys of " + type.getSimpleName(), e);
        }
    }

    /** Returns the accessor of a component typed {@code (Object)Object}, for {@code invokeExact}. */
    private static MethodHandle getter(MethodHandles.Lookup lookup, RecordComponent rc) throws IllegalAccessException {
        return lookup.unreflect(rc.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
    }

    private static Kind kindOf(Class<?> raw, Type generic) {
        if (raw == String.class) {
            return Kind.STRING;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (raw == Long.class || raw == long.class) {
            return Kind.LONG;
        }
        if (raw == DataSize.class) {
            return Kind.DATA_SIZE;
        }
        if (raw == Owner.class) {
            return Kind.OWNER;
        }
        if (raw == FileMode.class) {
            return Kind.FILE_MODE;
        }
        if (raw == List.class) {
            return elementClass(generic) == String.class ? Kind.STRING_LIST : Kind.RECORD_LIST;
        }
        if (raw.isRecord()) {
            return Kind.RECORD;
        }
        throw new IllegalStateException("Unsupported model type " + raw);
    }

    private static Class<?> elementClass(Type generic) {
        return (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
    }
}
