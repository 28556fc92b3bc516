package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.LvMinsizeRequired;
import io.github.blueprint4j.model.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A logical volume of an LVM partition.
 *
 * <p>In a blueprint: {@code customizations.disk.partitions[].logical_volumes[]}.
 *
 * @param name logical volume name; absent means derived from the mountpoint (key {@code name})
 * @param minsize minimum size; required (key {@code minsize})
 * @param mountpoint absolute canonical mountpoint; empty for swap (key {@code mountpoint})
 * @param label filesystem label (key {@code label})
 * @param fsType {@code ext4}, {@code xfs}, {@code vfat} or {@code swap} (key {@code fs_type})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogicalVolume(
        @JsonProperty("name") String name,
        @LvMinsizeRequired
        @JsonProperty("minsize") DataSize minsize,
        @JsonProperty("mountpoint") String mountpoint,
        @JsonProperty("label") String label,
        @JsonProperty("fs_type") String fsType,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param name the value of {@code name}
     * @param minsize the value of {@code minsize}
     * @param mountpoint the value of {@code mountpoint}
     * @param label the value of {@code label}
     * @param fsType the value of {@code fs_type}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public LogicalVolume {
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, LogicalVolume.class);
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
     * Builds {@link LogicalVolume} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String name;
        private DataSize minsize;
        private String mountpoint;
        private String label;
        private String fsType;
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(LogicalVolume from) {
            name = from.name;
            minsize = from.minsize;
            mountpoint = from.mountpoint;
            label = from.label;
            fsType = from.fsType;
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link LogicalVolume#name() name}: logical volume name; absent means derived from the mountpoint.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets {@link LogicalVolume#minsize() minsize}: minimum size; required.
         *
         * @param minsize the value, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(DataSize minsize) {
            this.minsize = minsize;
            return this;
        }

        /**
         * Sets {@link LogicalVolume#minsize() minsize} from a size string such as {@code "20 GiB"} or a byte count such as {@code "1024"}.
         *
         * @param text the size string, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(String text) {
            this.minsize = text == null ? null : DataSize.parse(text);
            return this;
        }

        /**
         * Sets {@link LogicalVolume#minsize() minsize} to a number of bytes.
         *
         * @param bytes the byte count, not negative
         * @return this builder
         */
        public Builder minsize(long bytes) {
            this.minsize = DataSize.ofBytes(bytes);
            return this;
        }

        /**
         * Sets {@link LogicalVolume#mountpoint() mountpoint}: absolute canonical mountpoint; empty for swap.
         *
         * @param mountpoint the value, or {@code null} for absent
         * @return this builder
         */
        public Builder mountpoint(String mountpoint) {
            this.mountpoint = mountpoint;
            return this;
        }

        /**
         * Sets {@link LogicalVolume#label() label}: filesystem label.
         *
         * @param label the value, or {@code null} for absent
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@link LogicalVolume#fsType() fs_type}: {@code ext4}, {@code xfs}, {@code vfat} or {@code swap}.
         *
         * @param fsType the value, or {@code null} for absent
         * @return this builder
         */
        public Builder fsType(String fsType) {
            this.fsType = fsType;
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
            unknownKeys.put(key, ModelCollections.unknownValue(LogicalVolume.class, key, value));
            return this;
        }

        /**
         * Creates the {@link LogicalVolume}.
         *
         * @return a new immutable object
         */
        public LogicalVolume build() {
            return new LogicalVolume(name, minsize, mountpoint, label, fsType, unknownKeys);
        }
    }
}
