package io.github.blueprint4j.validation.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.ImageType;
import io.github.blueprint4j.validation.Target;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a blueprint with the options an image type supports and requires, the way osbuild's
 * image definitions do: an option is set when it is not empty (a table that is present, a list
 * or text that is not empty, any boolean that is given), and an option the image type lists
 * only by some sub-keys (such as {@code customizations.kernel.append}) is checked key by key.
 * Options are the format's key paths; the model's keys come from its {@code @JsonProperty} names.
 */
final class ImageTypeOptions {

    /** The root key below which every customization is an option of its own. */
    private static final String CUSTOMIZATIONS = "customizations";

    private static final ClassValue<Map<String, RecordComponent>> KEYS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> keys = new LinkedHashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                    if (property != null) {
                        keys.put(property.value(), component);
                    }
                }
            }
            return keys;
        }
    };

    /**
     * An option of the blueprint.
     *
     * @param option the key path, such as {@code customizations.kernel.append}
     * @param path   the record component names from the blueprint to the option, for reporting
     */
    record Option(String option, Object[] path) {
    }

    private ImageTypeOptions() {
    }

    /**
     * Returns the options the blueprint sets that the image type does not support, in the
     * model's key order.
     *
     * @param blueprint the blueprint
     * @param type      the image type
     * @return the unsupported options
     */
    static List<Option> unsupported(Blueprint blueprint, ImageType type) {
        List<Option> out = new ArrayList<>();
        collectUnsupported(blueprint, "", new ArrayList<>(), type, out);
        return out;
    }

    /**
     * Returns the options the image type requires that the blueprint does not set.
     *
     * @param blueprint the blueprint
     * @param type      the image type
     * @return the missing options
     */
    static List<Option> missing(Blueprint blueprint, ImageType type) {
        List<Option> out = new ArrayList<>();
        for (String required : type.requiredOptions()) {
            Object value = blueprint;
            Class<?> owner = Blueprint.class;
            List<Object> path = new ArrayList<>();
            for (String key : required.split("\\.")) {
                RecordComponent component = KEYS.get(owner).get(key);
                if (component == null) {
                    throw new IllegalStateException("The image-type data requires " + required + ", which the model does not have");
                }
                path.add(component.getName());
                value = value == null ? null : read(component, value);
                owner = component.getType();
            }
            if (!isSet(value)) {
                out.add(new Option(required, path.toArray()));
            }
        }
        return out;
    }

    /**
     * Reports each option at its key, with the message parameters {@code option},
     * {@code imageType} and {@code distro}.
     *
     * @param context the validator's context
     * @param target  the target
     * @param options the options to report
     * @return {@code true} if there is none
     */
    static boolean report(ConstraintValidatorContext context, Target target, List<Option> options) {
        for (Option option : options) {
            Violations.report(context, TargetParams.of(target, "option", option.option()), option.path());
        }
        return options.isEmpty();
    }

    private static void collectUnsupported(Object record, String prefix, List<Object> path, ImageType type, List<Option> out) {
        for (Map.Entry<String, RecordComponent> key : KEYS.get(record.getClass()).entrySet()) {
            String option = prefix + key.getKey();
            Object value = read(key.getValue(), record);
            if (!isSet(value) || type.supports(option)) {
                continue;
            }
            path.add(key.getValue().getName());
            boolean nested = value.getClass().isRecord() && (option.equals(CUSTOMIZATIONS) || type.supportsPartly(option));
            if (nested) {
                collectUnsupported(value, option + ".", path, type, out);
            } else {
                out.add(new Option(option, path.toArray()));
            }
            path.remove(path.size() - 1);
        }
    }

    /** Tells whether an option is set: present, and not an empty text, list or map. */
    static boolean isSet(Object value) {
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (value instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return value != null;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
