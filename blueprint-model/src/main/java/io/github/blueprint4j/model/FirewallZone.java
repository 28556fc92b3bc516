package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.FwZoneNamePattern;
import io.github.blueprint4j.model.constraints.FwZoneNameRequired;
import io.github.blueprint4j.model.constraints.FwZoneSourcesRequired;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A firewalld zone and the sources that belong to it.
 *
 * <p>In a blueprint: {@code customizations.firewall.zones[]}.
 *
 * @param name zone name, {@code [a-zA-Z0-9_-]+} (key {@code name})
 * @param sources sources: {@code address[/mask]}, a MAC address or {@code ipset:<name>} (key {@code sources})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FirewallZone(
        @FwZoneNameRequired(groups = Advisory.class)
        @FwZoneNamePattern(groups = Advisory.class)
        @JsonProperty("name") String name,
        @FwZoneSourcesRequired(groups = Advisory.class)
        @JsonProperty("sources") List<String> sources,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param name the value of {@code name}
     * @param sources the value of {@code sources}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public FirewallZone {
        sources = ModelCollections.list(sources, "sources");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, FirewallZone.class);
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
     * Builds {@link FirewallZone} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String name;
        private final List<String> sources = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FirewallZone from) {
            name = from.name;
            sources.addAll(from.sources);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link FirewallZone#name() name}: zone name, {@code [a-zA-Z0-9_-]+}.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Replaces {@link FirewallZone#sources() sources}: sources: {@code address[/mask]}, a MAC address or {@code ipset:<name>}.
         *
         * @param sources the values
         * @return this builder
         */
        public Builder sources(List<String> sources) {
            this.sources.clear();
            this.sources.addAll(sources);
            return this;
        }

        /**
         * Replaces {@link FirewallZone#sources() sources}: sources: {@code address[/mask]}, a MAC address or {@code ipset:<name>}.
         *
         * @param sources the values
         * @return this builder
         */
        public Builder sources(String... sources) {
            return sources(Arrays.asList(sources));
        }

        /**
         * Appends one value to {@link FirewallZone#sources() sources}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addSource(String value) {
            sources.add(value);
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
            unknownKeys.put(key, ModelCollections.unknownValue(FirewallZone.class, key, value));
            return this;
        }

        /**
         * Creates the {@link FirewallZone}.
         *
         * @return a new immutable object
         */
        public FirewallZone build() {
            return new FirewallZone(name, sources, unknownKeys);
        }
    }
}
