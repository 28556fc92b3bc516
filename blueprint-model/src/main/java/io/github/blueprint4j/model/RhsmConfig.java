package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * subscription-manager configuration: DNF plugins and {@code rhsm.conf}.
 *
 * <p>In a blueprint: {@code customizations.rhsm.config}.
 *
 * @param dnfPlugins DNF plugins of subscription-manager (key {@code dnf_plugins})
 * @param subscriptionManager settings written to {@code rhsm.conf} (key {@code subscription_manager})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RhsmConfig(
        @Valid
        @JsonProperty("dnf_plugins") RhsmDnfPlugins dnfPlugins,
        @Valid
        @JsonProperty("subscription_manager") SubManConfig subscriptionManager,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param dnfPlugins the value of {@code dnf_plugins}
     * @param subscriptionManager the value of {@code subscription_manager}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public RhsmConfig {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, RhsmConfig.class);
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
     * Builds {@link RhsmConfig} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private RhsmDnfPlugins dnfPlugins;
        private SubManConfig subscriptionManager;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RhsmConfig from) {
            dnfPlugins = from.dnfPlugins;
            subscriptionManager = from.subscriptionManager;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link RhsmConfig#dnfPlugins() dnf_plugins}: DNF plugins of subscription-manager.
         *
         * @param dnfPlugins the value, or {@code null} for absent
         * @return this builder
         */
        public Builder dnfPlugins(RhsmDnfPlugins dnfPlugins) {
            this.dnfPlugins = dnfPlugins;
            return this;
        }

        /**
         * Edits {@link RhsmConfig#dnfPlugins() dnf_plugins} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder dnfPlugins(Consumer<RhsmDnfPlugins.Builder> edit) {
            RhsmDnfPlugins.Builder builder = dnfPlugins == null ? RhsmDnfPlugins.builder() : dnfPlugins.toBuilder();
            edit.accept(builder);
            this.dnfPlugins = builder.build();
            return this;
        }

        /**
         * Sets {@link RhsmConfig#subscriptionManager() subscription_manager}: settings written to {@code rhsm.conf}.
         *
         * @param subscriptionManager the value, or {@code null} for absent
         * @return this builder
         */
        public Builder subscriptionManager(SubManConfig subscriptionManager) {
            this.subscriptionManager = subscriptionManager;
            return this;
        }

        /**
         * Edits {@link RhsmConfig#subscriptionManager() subscription_manager} in place: the consumer receives a builder holding the current value (or an empty one) and the result replaces it.
         *
         * @param edit sets the values
         * @return this builder
         */
        public Builder subscriptionManager(Consumer<SubManConfig.Builder> edit) {
            SubManConfig.Builder builder = subscriptionManager == null ? SubManConfig.builder() : subscriptionManager.toBuilder();
            edit.accept(builder);
            this.subscriptionManager = builder.build();
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
            unknownKeys.put(key, ModelCollections.unknownValue(RhsmConfig.class, key, value));
            return this;
        }

        /**
         * Creates the {@link RhsmConfig}.
         *
         * @return a new immutable object
         */
        public RhsmConfig build() {
            return new RhsmConfig(dnfPlugins, subscriptionManager, unknownKeys);
        }
    }
}
