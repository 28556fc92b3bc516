package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.model.Blueprint;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The record types of the model, found by walking the components from {@link Blueprint}. */
public final class ModelTypes {

    private static final Set<Class<?>> ALL = collect();

    private ModelTypes() {
    }

    /**
     * Returns every record type a blueprint can hold, {@link Blueprint} first.
     *
     * @return the types
     */
    public static Set<Class<?>> all() {
        return ALL;
    }

    private static Set<Class<?>> collect() {
        Set<Class<?>> types = new LinkedHashSet<>();
        visit(Blueprint.class, types);
        return Collections.unmodifiableSet(types);
    }

    private static void visit(Class<?> type, Set<Class<?>> types) {
        if (!type.isRecord() || !types.add(type)) {
            return;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            visit(rc.getType(), types);
            if (rc.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                visit(element, types);
            }
        }
    }
}
