package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.EmodNameRequired;
import io.github.blueprint4j.model.constraints.EmodStreamRequired;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A DNF modularity stream to enable, passed to the depsolver as {@code name:stream}.
 *
 * <p>In a blueprint: {@code enabled_modules[]}.
 *
 * @param name module name (key {@code name})
 * @param stream stream name, always a string ({@code "20"}, not {@code 20}) (key {@code stream})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnabledModule(
        @EmodNameRequired(groups = Advisory.class)
        @JsonProperty("name") String name,
        @EmodStreamRequired(groups = Advisory.class)
        @JsonProperty("stream") String stream,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param name the value of {@code name}
     * @param stream the value of {@code stream}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public EnabledModule {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, EnabledModule.class);
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
     * Builds {@link EnabledModule} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String name;
        private String stream;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(EnabledModule from) {
            name = from.name;
            stream = from.stream;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link EnabledModule#name() name}: module name.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link EnabledModule#stream() stream}: stream name, always a string ({@code "20"}, not {@code 20}).
         *
         * @param stream the value, or {@code null} for absent
         * @return this builder
         */
        public Builder stream(String stream) {
            this.stream = stream;
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
            unknownKeys.put(key, ModelCollections.unknownValue(EnabledModule.class, key, value));
            return this;
        }

        /**
         * Creates the {@link EnabledModule}.
         *
         * @return a new immutable object
         */
        public EnabledModule build() {
            return new EnabledModule(name, stream, unknownKeys);
        }
    }
}
