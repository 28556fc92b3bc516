package io.github.blueprint4j.validation.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Path;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a Bean Validation property path (Java component names) into a path of the blueprint
 * format (its key names, 0-based indexes): {@code customizations.user[1].forcePasswordReset}
 * becomes {@code customizations.user[1].force_password_reset}.
 */
public final class ModelPaths {

    private static final ClassValue<Map<String, Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> type) {
            Map<String, Component> components = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    JsonProperty property = rc.getAccessor().getAnnotation(JsonProperty.class);
                    if (property == null) {
                        continue;
                    }
                    Class<?> next = rc.getType();
                    if (rc.getGenericType() instanceof ParameterizedType generic
                            && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                        next = element;
                    }
                    components.put(rc.getName(), new Component(property.value(), next));
                }
            }
            return components;
        }
    };

    private ModelPaths() {
    }

    /**
     * Converts a path.
     *
     * @param root the type the path starts from, such as {@code Blueprint.class}
     * @param path the violation's property path
     * @return the path in the format's key names, or {@code null} for the root itself
     */
    public static String keyPath(Class<?> root, Path path) {
        StringBuilder out = new StringBuilder();
        Class<?> type = root;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
                continue;
            }
            Component component = COMPONENTS.get(type).get(node.getName());
            if (out.length() > 0) {
                out.append('.');
            }
            if (component == null) {
                out.append(node.getName());
                continue;
            }
            out.append(component.key);
            type = component.type;
        }
        return out.length() == 0 ? null : out.toString();
    }

    private record Component(String key, Class<?> type) {
    }
}
