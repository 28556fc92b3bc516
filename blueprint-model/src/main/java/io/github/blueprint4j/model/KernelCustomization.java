package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.KernelNameDefault;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kernel package and its command line. The named kernel is added to the package list of
 * bootable images, in addition to any kernel listed in {@code packages}.
 *
 * <p>In a blueprint: {@code customizations.kernel}.
 *
 * @param name kernel package name such as {@code kernel-rt}; absent means {@code kernel} (key {@code name})
 * @param append arguments appended verbatim to the kernel command line, separated by spaces (key {@code append})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KernelCustomization(
        @KernelNameDefault(groups = Advisory.class)
        @JsonProperty("name") String name,
        @JsonProperty("append") String append,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param name the value of {@code name}
     * @param append the value of {@code append}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public KernelCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, KernelCustomization.class);
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
     * Builds {@link KernelCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String name;
        private String append;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(KernelCustomization from) {
            name = from.name;
            append = from.append;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link KernelCustomization#name() name}: kernel package name such as {@code kernel-rt}; absent means {@code kernel}.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link KernelCustomization#append() append}: arguments appended verbatim to the kernel command line, separated by spaces.
         *
         * @param append the value, or {@code null} for absent
         * @return this builder
         */
        public Builder append(String append) {
            this.append = append;
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
            unknownKeys.put(key, ModelCollections.unknownValue(KernelCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link KernelCustomization}.
         *
         * @return a new immutable object
         */
        public KernelCustomization build() {
            return new KernelCustomization(name, append, unknownKeys);
        }
    }
}
