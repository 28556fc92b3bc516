package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.RpmKeyPaths;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GPG keys to import into the RPM database.
 *
 * <p>In a blueprint: {@code customizations.rpm.import_keys}.
 *
 * @param files paths of key files inside the image (key {@code files})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RpmImportKeys(
        @JsonProperty("files") List<@RpmKeyPaths(groups = Advisory.class) String> files,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param files the value of {@code files}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public RpmImportKeys {
        files = ModelCollections.list(files, "files");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, RpmImportKeys.class);
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
     * Builds {@link RpmImportKeys} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private final List<String> files = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(RpmImportKeys from) {
            files.addAll(from.files);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Replaces {@link RpmImportKeys#files() files}: paths of key files inside the image.
         *
         * @param files the values
         * @return this builder
         */
        public Builder files(List<String> files) {
            this.files.clear();
            this.files.addAll(files);
            return this;
        }

        /**
         * Replaces {@link RpmImportKeys#files() files}: paths of key files inside the image.
         *
         * @param files the values
         * @return this builder
         */
        public Builder files(String... files) {
            return files(Arrays.asList(files));
        }

        /**
         * Appends one value to {@link RpmImportKeys#files() files}.
         *
         * @param value the value
         * @return this builder
         */
        public Builder addFile(String value) {
            files.add(value);
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
            unknownKeys.put(key, ModelCollections.unknownValue(RpmImportKeys.class, key, value));
            return this;
        }

        /**
         * Creates the {@link RpmImportKeys}.
         *
         * @return a new immutable object
         */
        public RpmImportKeys build() {
            return new RpmImportKeys(files, unknownKeys);
        }
    }
}
