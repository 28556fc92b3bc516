package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.DiskDosMaxParts;
import io.github.blueprint4j.model.constraints.DiskLayoutNoMix;
import io.github.blueprint4j.model.constraints.DiskLayoutOneBtrfs;
import io.github.blueprint4j.model.constraints.DiskLayoutOneVg;
import io.github.blueprint4j.model.constraints.DiskMountpointPolicy;
import io.github.blueprint4j.model.constraints.DiskMountpointUnique;
import io.github.blueprint4j.model.constraints.DiskMountpointValid;
import io.github.blueprint4j.model.constraints.DiskSectorSizePow2;
import io.github.blueprint4j.model.constraints.DiskSectorSizeType;
import io.github.blueprint4j.model.constraints.DiskTypeEnum;
import io.github.blueprint4j.model.constraints.LvmVgNameUnique;
import io.github.blueprint4j.model.constraints.PartPartlabel;
import io.github.blueprint4j.model.constraints.PartParttypeFormat;
import io.github.blueprint4j.model.constraints.PartPartuuidFormat;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A full partition table. Exclusive with {@code customizations.filesystem}; missing root, boot, ESP
 * and BIOS boot partitions are added by the image builder.
 *
 * <p>In a blueprint: {@code customizations.disk}.
 *
 * @param type partition table type, {@code gpt} or {@code dos}; absent means the image type's default (key {@code type})
 * @param minsize minimum size of the disk (key {@code minsize})
 * @param startOffset offset of the first partition (key {@code start_offset})
 * @param sectorSize sector size in bytes, a power of two; absent or {@code 0} means 512 (key {@code sector_size})
 * @param partitions partitions in disk order (key {@code partitions})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@DiskDosMaxParts
@PartParttypeFormat
@PartPartuuidFormat
@PartPartlabel
@DiskMountpointValid
@DiskMountpointUnique
@LvmVgNameUnique
@DiskLayoutNoMix
@DiskLayoutOneVg
@DiskLayoutOneBtrfs
@DiskMountpointPolicy
public record DiskCustomization(
        @DiskTypeEnum
        @JsonProperty("type") String type,
        @JsonProperty("minsize") DataSize minsize,
        @JsonProperty("start_offset") DataSize startOffset,
        @DiskSectorSizePow2
        @DiskSectorSizeType
        @JsonProperty("sector_size") Long sectorSize,
        @JsonProperty("partitions") List<@Valid PartitionCustomization> partitions,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param type the value of {@code type}
     * @param minsize the value of {@code minsize}
     * @param startOffset the value of {@code start_offset}
     * @param sectorSize the value of {@code sector_size}
     * @param partitions the value of {@code partitions}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public DiskCustomization {
        partitions = ModelCollections.list(partitions, "partitions");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, DiskCustomization.class);
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
     * Builds {@link DiskCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String type;
        private DataSize minsize;
        private DataSize startOffset;
        private Long sectorSize;
        private final List<PartitionCustomization> partitions = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(DiskCustomization from) {
            type = from.type;
            minsize = from.minsize;
            startOffset = from.startOffset;
            sectorSize = from.sectorSize;
            partitions.addAll(from.partitions);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link DiskCustomization#type() type}: partition table type, {@code gpt} or {@code dos}; absent means the image type's default.
         *
         * @param type the value, or {@code null} for absent
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@link DiskCustomization#minsize() minsize}: minimum size of the disk.
         *
         * @param minsize the value, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(DataSize minsize) {
            this.minsize = minsize;
            return this;
        }

        /**
         * Sets {@link DiskCustomization#minsize() minsize} from a size string such as {@code "20 GiB"} or a byte count such as {@code "1024"}.
         *
         * @param text the size string, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(String text) {
            this.minsize = text == null ? null : DataSize.parse(text);
            return this;
        }

        /**
         * Sets {@link DiskCustomization#minsize() minsize} to a number of bytes.
         *
         * @param bytes the byte count, not negative
         * @return this builder
         */
        public Builder minsize(long bytes) {
            this.minsize = DataSize.ofBytes(bytes);
            return this;
        }

        /**
         * Sets {@link DiskCustomization#startOffset() start_offset}: offset of the first partition.
         *
         * @param startOffset the value, or {@code null} for absent
         * @return this builder
         */
        public Builder startOffset(DataSize startOffset) {
            this.startOffset = startOffset;
            return this;
        }

        /**
         * Sets {@link DiskCustomization#startOffset() start_offset} from a size string such as {@code "20 GiB"} or a byte count such as {@code "1024"}.
         *
         * @param text the size string, or {@code null} for absent
         * @return this builder
         */
        public Builder startOffset(String text) {
            this.startOffset = text == null ? null : DataSize.parse(text);
            return this;
        }

        /**
         * Sets {@link DiskCustomization#startOffset() start_offset} to a number of bytes.
         *
         * @param bytes the byte count, not negative
         * @return this builder
         */
        public Builder startOffset(long bytes) {
            this.startOffset = DataSize.ofBytes(bytes);
            return this;
        }

        /**
         * Sets {@link DiskCustomization#sectorSize() sector_size}: sector size in bytes, a power of two; absent or {@code 0} means 512.
         *
         * @param sectorSize the value, or {@code null} for absent
         * @return this builder
         */
        public Builder sectorSize(Long sectorSize) {
            this.sectorSize = sectorSize;
            return this;
        }

        /**
         * Sets {@link DiskCustomization#sectorSize() sector_size} to a number, so that {@code sectorSize(1000)} needs no {@code L}.
         *
         * @param sectorSize the value
         * @return this builder
         */
        public Builder sectorSize(long sectorSize) {
            return sectorSize(Long.valueOf(sectorSize));
        }

        /**
         * Replaces {@link DiskCustomization#partitions() partitions}: partitions in disk order.
         *
         * @param partitions the entries
         * @return this builder
         */
        public Builder partitions(List<PartitionCustomization> partitions) {
            this.partitions.clear();
            this.partitions.addAll(partitions);
            return this;
        }

        /**
         * Appends one entry to {@link DiskCustomization#partitions() partitions}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addPartition(PartitionCustomization entry) {
            partitions.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link DiskCustomization#partitions() partitions}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addPartition(Consumer<PartitionCustomization.Builder> build) {
            PartitionCustomization.Builder builder = PartitionCustomization.builder();
            build.accept(builder);
            return addPartition(builder.build());
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
            unknownKeys.put(key, ModelCollections.unknownValue(DiskCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link DiskCustomization}.
         *
         * @return a new immutable object
         */
        public DiskCustomization build() {
            return new DiskCustomization(type, minsize, startOffset, sectorSize, partitions, unknownKeys);
        }
    }
}
