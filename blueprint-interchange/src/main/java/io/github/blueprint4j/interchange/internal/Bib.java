package io.github.blueprint4j.interchange.internal;

import static io.github.blueprint4j.interchange.internal.Shared.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.validation.ImageType;

/**
 * bootc-image-builder configs (specification: interchange.md section 3): the classic blueprint
 * minus what the chosen bootc image type ignores, and the legacy {@code {"blueprint": ...}} wrapper.
 */
public final class Bib {

    /** The distribution definition of the bootc image types. */
    public static final String DISTRO = "bootc-generic";

    private Bib() {
    }

    /**
     * Keeps what the bootc image type honours and reports the rest.
     *
     * @param classic   the classic JSON tree
     * @param imageType the bootc image type
     * @param report    the report
     * @return the config's JSON tree
     */
    public static ObjectNode toBib(JsonNode classic, ImageType imageType, Report report) {
        ObjectNode config = NODES.objectNode();
        String unsupported = " is not used by bootc image type " + imageType.name() + "; it is not written.";
        for (var field : classic.properties()) {
            String key = field.getKey();
            if (key.equals("customizations")) {
                continue;
            }
            if (imageType.supports(key)) {
                config.set(key, field.getValue().deepCopy());
            } else {
                report.dropped(key, key + unsupported);
            }
        }
        JsonNode customizations = classic.path("customizations");
        if (customizations.isObject()) {
            ObjectNode kept = NODES.objectNode();
            for (var field : customizations.properties()) {
                String path = Paths.child("customizations", field.getKey());
                JsonNode value = field.getValue();
                if (imageType.supports(path)) {
                    kept.set(field.getKey(), value.deepCopy());
                } else if (imageType.supportsPartly(path) && value.isObject()) {
                    ObjectNode part = NODES.objectNode();
                    for (var sub : value.properties()) {
                        String subPath = Paths.child(path, sub.getKey());
                        if (imageType.supports(subPath)) {
                            part.set(sub.getKey(), sub.getValue().deepCopy());
                        } else {
                            report.dropped(subPath, subPath + unsupported);
                        }
                    }
                    if (!part.isEmpty()) {
                        kept.set(field.getKey(), part);
                    }
                } else if (honouredUnlisted(imageType, field.getKey())) {
                    kept.set(field.getKey(), value.deepCopy());
                    report.add(Report.UNVERIFIED, path, path, path + " is not in the options bootc image type "
                            + imageType.name() + " lists, but bootc-image-builder documents and uses it; it is written, "
                            + "and the build prints a warning about it.", null);
                } else {
                    report.dropped(path, path + unsupported);
                }
            }
            if (!kept.isEmpty() || customizations.isEmpty()) {
                config.set("customizations", kept);
            }
        }
        return config;
    }

    /** Options bootc-image-builder uses without listing them: filesystems on disk types, iso on installers. */
    private static boolean honouredUnlisted(ImageType imageType, String key) {
        boolean disk = imageType.supports("customizations.disk");
        boolean installer = imageType.supports("customizations.installer");
        return key.equals("filesystem") && disk || key.equals("iso") && installer;
    }

    /**
     * Tells whether a JSON config has the legacy {@code {"blueprint": ...}} wrapper, which
     * bootc-image-builder uses when the key is there and not null.
     *
     * @param config the config's JSON tree
     * @return true if the blueprint is inside the wrapper
     */
    public static boolean wrapped(JsonNode config) {
        return config.isObject() && config.hasNonNull("blueprint");
    }

    /**
     * Removes the legacy {@code {"blueprint": ...}} wrapper of a JSON config, reporting it.
     *
     * @param config the config's JSON tree
     * @param report the report
     * @return the blueprint inside the wrapper, or the config itself
     */
    public static JsonNode unwrap(JsonNode config, Report report) {
        if (!wrapped(config)) {
            return config;
        }
        JsonNode inner = config.get("blueprint");
        report.add(Report.UNWRAPPED, "blueprint", "", "The config uses the legacy {\"blueprint\": ...} wrapper "
                + "(before bootc-image-builder 2024-05); the blueprint inside it is used.", "remove the wrapper");
        for (var field : config.properties()) {
            if (!field.getKey().equals("blueprint")) {
                report.dropped(field.getKey(), field.getKey() + " is outside the legacy wrapper's blueprint, and "
                        + "bootc-image-builder ignores it; it is not written.");
            }
        }
        return inner;
    }
}
