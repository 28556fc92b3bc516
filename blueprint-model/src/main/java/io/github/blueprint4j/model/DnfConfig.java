package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DNF configuration options.
 *
 * <p>In a blueprint: {@code customizations.dnf.config}.
 *
 * @param setReleasever pin {@code releasever} to the OS version (key {@code set_releasever})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DnfConfig(
        @JsonProperty("set_releasever") boolean setReleasever,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param setReleasever the value of {@code set_releasever}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public DnfConfig {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, DnfConfig.class);
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
     * Builds {@link DnfConfig} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private boolean setReleasever;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(DnfConfig from) {
            setReleasever = from.setReleasever;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link DnfConfig#setReleasever() set_releasever}: pin {@code releasever} to the OS version.
         *
         * @param setReleasever the value; {@code false}, the default, is not written
         * @return this builder
         */
        public Builder setReleasever(boolean setReleasever) {
            this.setReleasever = setReleasever;
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
            unknownKeys.put(key, ModelCollections.unknownValue(DnfConfig.class, key, value));
            return this;
        }

        /**
         * Creates the {@link DnfConfig}.
         *
         * @return a new immutable object
         */
        public DnfConfig build() {
            return new DnfConfig(setReleasever, unknownKeys);
        }
    }
}
