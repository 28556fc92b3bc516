package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.FsBootEfiHistory;
import io.github.blueprint4j.model.constraints.FsBootcPolicy;
import io.github.blueprint4j.model.constraints.FsMinsizeRequired;
import io.github.blueprint4j.model.constraints.FsMountpointLegacy;
import io.github.blueprint4j.model.constraints.FsMountpointPolicy;
import io.github.blueprint4j.model.constraints.FsMountpointRequired;
import io.github.blueprint4j.model.constraints.FsRhel8Min;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An extra mountpoint with a minimum size. In TOML the deprecated key {@code size} is read as
 * {@code minsize}; {@code minsize} is always written.
 *
 * <p>In a blueprint: {@code customizations.filesystem[]}.
 *
 * @param mountpoint absolute, canonical mountpoint (key {@code mountpoint})
 * @param minsize minimum size; required and not zero (key {@code minsize})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilesystemCustomization(
        @FsMountpointRequired
        @FsMountpointPolicy
        @FsMountpointLegacy
        @FsBootcPolicy
        @FsRhel8Min(groups = Advisory.class)
        @FsBootEfiHistory(groups = Advisory.class)
        @JsonProperty("mountpoint") String mountpoint,
        @FsMinsizeRequired
        @JsonProperty("minsize") DataSize minsize,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param mountpoint the value of {@code mountpoint}
     * @param minsize the value of {@code minsize}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public FilesystemCustomization {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, FilesystemCustomization.class);
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
     * Builds {@link FilesystemCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String mountpoint;
        private DataSize minsize;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(FilesystemCustomization from) {
            mountpoint = from.mountpoint;
            minsize = from.minsize;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link FilesystemCustomization#mountpoint() mountpoint}: absolute, canonical mountpoint.
         *
         * @param mountpoint the value, or {@code null} for absent
         * @return this builder
         */
        public Builder mountpoint(String mountpoint) {
            this.mountpoint = mountpoint;
            return this;
        }

        /**
         * Sets {@link FilesystemCustomization#minsize() minsize}: minimum size; required and not zero.
         *
         * @param minsize the value, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(DataSize minsize) {
            this.minsize = minsize;
            return this;
        }

        /**
         * Sets {@link FilesystemCustomization#minsize() minsize} from a size string such as {@code "20 GiB"} or a byte count such as {@code "1024"}.
         *
         * @param text the size string, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(String text) {
            this.minsize = text == null ? null : DataSize.parse(text);
            return this;
        }

        /**
         * Sets {@link FilesystemCustomization#minsize() minsize} to a number of bytes.
         *
         * @param bytes the byte count, not negative
         * @return this builder
         */
        public Builder minsize(long bytes) {
            this.minsize = DataSize.ofBytes(bytes);
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
            unknownKeys.put(key, ModelCollections.unknownValue(FilesystemCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link FilesystemCustomization}.
         *
         * @return a new immutable object
         */
        public FilesystemCustomization build() {
            return new FilesystemCustomization(mountpoint, minsize, unknownKeys);
        }
    }
}
