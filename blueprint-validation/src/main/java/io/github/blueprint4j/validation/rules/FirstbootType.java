package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.FirstbootScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The types of a firstboot script, matched case-insensitively as the reference does, and the
 * type-specific keys each one allows.
 */
enum FirstbootType {
    /** A script of its own: {@code contents}. */
    CUSTOM,
    /** Satellite registration: {@code command}, {@code cacerts}. */
    SATELLITE,
    /** An Ansible Automation Platform callback: {@code job_template_url}, {@code host_config_key}, {@code cacerts}. */
    AAP;

    /**
     * One type-specific key written in a script.
     *
     * @param key  the key as the format spells it
     * @param path the record component holding it, or the key itself for an unknown key
     */
    record Key(String key, String path) {
    }

    /**
     * Returns the type a script names.
     *
     * @param type the written type, or {@code null}
     * @return the type, or {@code null} if it is missing or unknown
     */
    static FirstbootType of(String type) {
        if (type == null) {
            return null;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "custom" -> CUSTOM;
            case "satellite" -> SATELLITE;
            case "aap" -> AAP;
            default -> null;
        };
    }

    /**
     * Returns the type's name as the format writes it.
     *
     * @return {@code custom}, {@code satellite} or {@code aap}
     */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the keys of a script that this type does not allow, in record order and then the
     * unknown keys in document order. A key counts as written when its value is not
     * {@code null} (a list: not empty); the keys common to every type are always allowed.
     *
     * @param script the script
     * @return the refused keys
     */
    List<Key> refusedKeys(FirstbootScript script) {
        List<Key> refused = new ArrayList<>();
        if (this != CUSTOM && script.contents() != null) {
            refused.add(new Key("contents", "contents"));
        }
        if (this != SATELLITE && script.command() != null) {
            refused.add(new Key("command", "command"));
        }
        if (this == CUSTOM && !script.cacerts().isEmpty()) {
            refused.add(new Key("cacerts", "cacerts"));
        }
        if (this != AAP && script.jobTemplateUrl() != null) {
            refused.add(new Key("job_template_url", "jobTemplateUrl"));
        }
        if (this != AAP && script.hostConfigKey() != null) {
            refused.add(new Key("host_config_key", "hostConfigKey"));
        }
        for (String unknown : script.unknownKeys().keySet()) {
            refused.add(new Key(unknown, unknown));
        }
        return refused;
    }
}
