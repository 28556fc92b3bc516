package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.CtrNameDefault;
import io.github.blueprint4j.model.constraints.CtrSourceRequired;
import io.github.blueprint4j.model.constraints.CtrTlsDefault;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A container image to pull at build time and store in the image.
 *
 * <p>In a blueprint: {@code containers[]}.
 *
 * @param source image reference {@code registry/repo[:tag][@digest]} (key {@code source})
 * @param name local name of the stored image; absent means the same as {@code source} (key {@code name})
 * @param tlsVerify verify the registry's TLS certificate; absent means {@code true} (key {@code tls-verify})
 * @param localStorage resolve the image from the build host's container storage instead of a registry (key {@code local-storage})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Container(
        @CtrSourceRequired(groups = Advisory.class)
        @JsonProperty("source") String source,
        @CtrNameDefault(groups = Advisory.class)
        @JsonProperty("name") String name,
        @CtrTlsDefault(groups = Advisory.class)
        @JsonProperty("tls-verify") Boolean tlsVerify,
        @JsonProperty("local-storage") boolean localStorage,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param source the value of {@code source}
     * @param name the value of {@code name}
     * @param tlsVerify the value of {@code tls-verify}
     * @param localStorage the value of {@code local-storage}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public Container {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, Container.class);
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
     * Builds {@link Container} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String source;
        private String name;
        private Boolean tlsVerify;
        private boolean localStorage;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(Container from) {
            source = from.source;
            name = from.name;
            tlsVerify = from.tlsVerify;
            localStorage = from.localStorage;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link Container#source() source}: image reference {@code registry/repo[:tag][@digest]}.
         *
         * @param source the value, or {@code null} for absent
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@link Container#name() name}: local name of the stored image; absent means the same as {@code source}.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link Container#tlsVerify() tls-verify}: verify the registry's TLS certificate; absent means {@code true}.
         *
         * @param tlsVerify the value, or {@code null} for absent
         * @return this builder
         */
        public Builder tlsVerify(Boolean tlsVerify) {
            this.tlsVerify = tlsVerify;
            return this;
        }

        /**
         * Sets {@link Container#localStorage() local-storage}: resolve the image from the build host's container storage instead of a registry.
         *
         * @param localStorage the value; {@code false}, the default, is not written
         * @return this builder
         */
        public Builder localStorage(boolean localStorage) {
            this.localStorage = localStorage;
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
            unknownKeys.put(key, ModelCollections.unknownValue(Container.class, key, value));
            return this;
        }

        /**
         * Creates the {@link Container}.
         *
         * @return a new immutable object
         */
        public Container build() {
            return new Container(source, name, tlsVerify, localStorage, unknownKeys);
        }
    }
}
