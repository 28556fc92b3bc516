package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * firewalld services (names from {@code firewall-cmd --get-services}) to enable or disable.
 *
 * <p>In a blueprint: {@code customizations.firewall.services}.
 *
 * @param enabled services to enable (key {@code enabled})
 * @param disabled services to disable (key {@code disabled})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirewallServices(
        @JsonProperty("enabled") List<String> enabled,
        @JsonProperty("disabled") List<String> disabled,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param enabled the value of {@code enabled}
     * @param disabled the value of {@code disabled}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public FirewallServices {
        enabled = ModelCollections.list(enabled, "enabled");
        disabled = ModelCollections.list(disabled, "disabled");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, FirewallServices.class);
    }

    /**
     * Returns a new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder that starts from this object's values, for making a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Describes this object like a record does, without showing secrets: passwords, keys and
     * contents are described by their length, credentials in URLs are masked, control
     * characters escaped.
     */
    @Override
    public String toString() {
        return Redaction.toString(this);
    }

    /**
     * Builds {@link FirewallServices} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> enabled = new ArrayList<>();
        private final List<String> disabled = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FirewallServices from) {
            enabled.addAll(from.enabled);
            disabled.addAll(from.disabled);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link FirewallServices#enabled() enabled}: services to enable.
         *
         * @param enabled the values
         * @return this builder
         */
        public Builder enabled(List<String> enabled) {
            this.enabled.clear();
            this.enabled.addAll(enabled);
            return this;
        }

        /**
         * Replaces {@link FirewallServices#enabled() enabled}: services to enable.
         *
         * @param enabled the values
         * @return this builder
         */
        public Builder enabled(String... enabled) {
            return enabled(Arrays.asList(enabled));
        }

        /**
         * Appends one value to {@link FirewallServices#enabled() enabled}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addEnabled(String value) {
            enabled.add(value);
            return this;
        }

        /**
         * Replaces {@link FirewallServices#disabled() disabled}: services to disable.
         *
         * @param disabled the values
         * @return this builder
         */
        public Builder disabled(List<String> disabled) {
            this.disabled.clear();
            this.disabled.addAll(disabled);
            return this;
        }

        /**
         * Replaces {@link FirewallServices#disabled() disabled}: services to disable.
         *
         * @param disabled the values
         * @return this builder
         */
        public Builder disabled(String... disabled) {
            return disabled(Arrays.asList(disabled));
        }

        /**
         * Appends one value to {@link FirewallServices#disabled() disabled}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addDisabled(String value) {
            disabled.add(value);
            return this;
        }

        /**
         * Replaces the keys the blueprint format does not define.
         *
         * @param unknownKeys keys and their values
         * @return this builder
         */
        public Builder unknownKeys(Map<String, Object> unknownKeys) {
            this.unknownKeys.clear();
            this.unknownKeys.putAll(unknownKeys);
            return this;
        }

        /**
         * Adds a key the blueprint format does not define; it is written back as it is. The value is
         * copied: later changes to a list or map given here do not change the built object.
         *
         * @param key the key; not one of the format's keys of this table
         * @param value a string, boolean, integer, floating-point number, TOML date or time, {@code null}
         *              (JSON's null), or a list or string-keyed map of these
         * @return this builder
         * @throws InvalidValueException if {@code key} is one of the format's keys of this table, or
         *                               {@code value} holds something TOML and JSON cannot carry
         */
        public Builder putUnknownKey(String key, Object value) {
            unknownKeys.put(key, ModelCollections.unknownValue(FirewallServices.class, key, value));
            return this;
        }

        /**
         * Creates the {@link FirewallServices}.
         *
         * @return a new immutable object
         */
        public FirewallServices build() {
            return new FirewallServices(enabled, disabled, unknownKeys);
        }
    }
}
