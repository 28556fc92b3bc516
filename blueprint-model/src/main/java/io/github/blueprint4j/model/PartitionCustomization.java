package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.blueprint4j.model.constraints.Advisory;
import io.github.blueprint4j.model.constraints.BtrfsNoLvs;
import io.github.blueprint4j.model.constraints.BtrfsNoMountpoint;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNameRequired;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNameUnique;
import io.github.blueprint4j.model.constraints.BtrfsSubvolNotEsp;
import io.github.blueprint4j.model.constraints.BtrfsSubvolsRequired;
import io.github.blueprint4j.model.constraints.DiskBootFstype;
import io.github.blueprint4j.model.constraints.LvFstype;
import io.github.blueprint4j.model.constraints.LvNameUnique;
import io.github.blueprint4j.model.constraints.LvNotBoot;
import io.github.blueprint4j.model.constraints.LvSwapNoMount;
import io.github.blueprint4j.model.constraints.LvmForeignFields;
import io.github.blueprint4j.model.constraints.LvmHasLvs;
import io.github.blueprint4j.model.constraints.PartKeysByType;
import io.github.blueprint4j.model.constraints.PartMinsizeRequired;
import io.github.blueprint4j.model.constraints.PartTypeEnum;
import io.github.blueprint4j.model.constraints.PlainFstype;
import io.github.blueprint4j.model.constraints.PlainSwapNoneNoMount;
import io.github.blueprint4j.model.internal.Redaction;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A partition: a plain filesystem, an LVM volume group or a btrfs volume, chosen by {@code type}.
 * Each type allows its own keys: {@code plain} takes {@code mountpoint}, {@code label}, {@code fs_type};
 * {@code lvm} takes {@code name}, {@code logical_volumes}; {@code btrfs} takes {@code subvolumes}.
 *
 * <p>In a blueprint: {@code customizations.disk.partitions[]}.
 *
 * @param type {@code plain} (the default when absent), {@code lvm} or {@code btrfs} (key {@code type})
 * @param minsize minimum size; required (key {@code minsize})
 * @param partType partition type: a GUID on GPT, two hex digits on DOS; absent means chosen from the content (key {@code part_type})
 * @param partLabel GPT partition label, at most 36 UTF-16 code units (key {@code part_label})
 * @param partUuid GPT partition GUID; absent means generated (key {@code part_uuid})
 * @param mountpoint (plain) absolute canonical mountpoint; empty for {@code swap} and {@code none} (key {@code mountpoint})
 * @param label (plain) filesystem label (key {@code label})
 * @param fsType (plain) {@code ext4}, {@code xfs}, {@code vfat}, {@code swap} or {@code none} (key {@code fs_type})
 * @param name (lvm) volume group name; absent means generated (key {@code name})
 * @param logicalVolumes (lvm) logical volumes of the group (key {@code logical_volumes})
 * @param subvolumes (btrfs) subvolumes of the volume (key {@code subvolumes})
 * @param unknownKeys keys of this table that the blueprint format does not define, with their values, kept so
 *                    that reading and writing back loses nothing; never {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PartKeysByType
@PlainFstype
@PlainSwapNoneNoMount
@DiskBootFstype
@LvmForeignFields
@LvNameUnique
@LvSwapNoMount
@LvFstype
@LvNotBoot
@LvmHasLvs(groups = Advisory.class)
@BtrfsNoMountpoint
@BtrfsSubvolsRequired
@BtrfsNoLvs
@BtrfsSubvolNameRequired
@BtrfsSubvolNameUnique
@BtrfsSubvolNotEsp
public record PartitionCustomization(
        @PartTypeEnum
        @JsonProperty("type") String type,
        @PartMinsizeRequired
        @JsonProperty("minsize") DataSize minsize,
        @JsonProperty("part_type") String partType,
        @JsonProperty("part_label") String partLabel,
        @JsonProperty("part_uuid") String partUuid,
        @JsonProperty("mountpoint") String mountpoint,
        @JsonProperty("label") String label,
        @JsonProperty("fs_type") String fsType,
        @JsonProperty("name") String name,
        @JsonProperty("logical_volumes") List<@Valid LogicalVolume> logicalVolumes,
        @JsonProperty("subvolumes") List<@Valid BtrfsSubvolume> subvolumes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /**
     * Copies the collections: lists and maps are unmodifiable and never {@code null}.
     *
     * @param type the value of {@code type}
     * @param minsize the value of {@code minsize}
     * @param partType the value of {@code part_type}
     * @param partLabel the value of {@code part_label}
     * @param partUuid the value of {@code part_uuid}
     * @param mountpoint the value of {@code mountpoint}
     * @param label the value of {@code label}
     * @param fsType the value of {@code fs_type}
     * @param name the value of {@code name}
     * @param logicalVolumes the value of {@code logical_volumes}
     * @param subvolumes the value of {@code subvolumes}
     * @param unknownKeys the keys the format does not define
     * @throws NullPointerException if a list contains {@code null}
     * @throws InvalidValueException if an unknown key is one of the format's keys of this table, or its
     *                               value holds something TOML and JSON cannot carry
     */
    public PartitionCustomization {
        logicalVolumes = ModelCollections.list(logicalVolumes, "logical_volumes");
        subvolumes = ModelCollections.list(subvolumes, "subvolumes");
        unknownKeys = ModelCollections.unknownKeys(unknownKeys, PartitionCustomization.class);
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
     * Builds {@link PartitionCustomization} objects. Not thread-safe; {@link #build()} may be called more than once.
     */
    public static final class Builder {
        private String type;
        private DataSize minsize;
        private String partType;
        private String partLabel;
        private String partUuid;
        private String mountpoint;
        private String label;
        private String fsType;
        private String name;
        private final List<LogicalVolume> logicalVolumes = new ArrayList<>();
        private final List<BtrfsSubvolume> subvolumes = new ArrayList<>();
        private final Map<String, Object> unknownKeys = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(PartitionCustomization from) {
            type = from.type;
            minsize = from.minsize;
            partType = from.partType;
            partLabel = from.partLabel;
            partUuid = from.partUuid;
            mountpoint = from.mountpoint;
            label = from.label;
            fsType = from.fsType;
            name = from.name;
            logicalVolumes.addAll(from.logicalVolumes);
            subvolumes.addAll(from.subvolumes);
            unknownKeys.putAll(from.unknownKeys);
        }

        /**
         * Sets {@link PartitionCustomization#type() type}: {@code plain} (the default when absent), {@code lvm} or {@code btrfs}.
         *
         * @param type the value, or {@code null} for absent
         * @return this builder
         */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#minsize() minsize}: minimum size; required.
         *
         * @param minsize the value, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(DataSize minsize) {
            this.minsize = minsize;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#minsize() minsize} from a size string such as {@code "20 GiB"} or a byte count such as {@code "1024"}.
         *
         * @param text the size string, or {@code null} for absent
         * @return this builder
         */
        public Builder minsize(String text) {
            this.minsize = text == null ? null : DataSize.parse(text);
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#minsize() minsize} to a number of bytes.
         *
         * @param bytes the byte count, not negative
         * @return this builder
         */
        public Builder minsize(long bytes) {
            this.minsize = DataSize.ofBytes(bytes);
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#partType() part_type}: partition type: a GUID on GPT, two hex digits on DOS; absent means chosen from the content.
         *
         * @param partType the value, or {@code null} for absent
         * @return this builder
         */
        public Builder partType(String partType) {
            this.partType = partType;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#partLabel() part_label}: GPT partition label, at most 36 UTF-16 code units.
         *
         * @param partLabel the value, or {@code null} for absent
         * @return this builder
         */
        public Builder partLabel(String partLabel) {
            this.partLabel = partLabel;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#partUuid() part_uuid}: GPT partition GUID; absent means generated.
         *
         * @param partUuid the value, or {@code null} for absent
         * @return this builder
         */
        public Builder partUuid(String partUuid) {
            this.partUuid = partUuid;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#mountpoint() mountpoint}: (plain) absolute canonical mountpoint; empty for {@code swap} and {@code none}.
         *
         * @param mountpoint the value, or {@code null} for absent
         * @return this builder
         */
        public Builder mountpoint(String mountpoint) {
            this.mountpoint = mountpoint;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#label() label}: (plain) filesystem label.
         *
         * @param label the value, or {@code null} for absent
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#fsType() fs_type}: (plain) {@code ext4}, {@code xfs}, {@code vfat}, {@code swap} or {@code none}.
         *
         * @param fsType the value, or {@code null} for absent
         * @return this builder
         */
        public Builder fsType(String fsType) {
            this.fsType = fsType;
            return this;
        }

        /**
         * Sets {@link PartitionCustomization#name() name}: (lvm) volume group name; absent means generated.
         *
         * @param name the value, or {@code null} for absent
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Replaces {@link PartitionCustomization#logicalVolumes() logical_volumes}: (lvm) logical volumes of the group.
         *
         * @param logicalVolumes the entries
         * @return this builder
         */
        public Builder logicalVolumes(List<LogicalVolume> logicalVolumes) {
            this.logicalVolumes.clear();
            this.logicalVolumes.addAll(logicalVolumes);
            return this;
        }

        /**
         * Appends one entry to {@link PartitionCustomization#logicalVolumes() logical_volumes}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addLogicalVolume(LogicalVolume entry) {
            logicalVolumes.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link PartitionCustomization#logicalVolumes() logical_volumes}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addLogicalVolume(Consumer<LogicalVolume.Builder> build) {
            LogicalVolume.Builder builder = LogicalVolume.builder();
            build.accept(builder);
            return addLogicalVolume(builder.build());
        }

        /**
         * Replaces {@link PartitionCustomization#subvolumes() subvolumes}: (btrfs) subvolumes of the volume.
         *
         * @param subvolumes the entries
         * @return this builder
         */
        public Builder subvolumes(List<BtrfsSubvolume> subvolumes) {
            this.subvolumes.clear();
            this.subvolumes.addAll(subvolumes);
            return this;
        }

        /**
         * Appends one entry to {@link PartitionCustomization#subvolumes() subvolumes}.
         *
         * @param entry the entry
         * @return this builder
         */
        public Builder addSubvolume(BtrfsSubvolume entry) {
            subvolumes.add(entry);
            return this;
        }

        /**
         * Appends one entry to {@link PartitionCustomization#subvolumes() subvolumes}, built by the consumer.
         *
         * @param build sets the entry's values
         * @return this builder
         */
        public Builder addSubvolume(Consumer<BtrfsSubvolume.Builder> build) {
            BtrfsSubvolume.Builder builder = BtrfsSubvolume.builder();
            build.accept(builder);
            return addSubvolume(builder.build());
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
            unknownKeys.put(key, ModelCollections.unknownValue(PartitionCustomization.class, key, value));
            return this;
        }

        /**
         * Creates the {@link PartitionCustomization}.
         *
         * @return a new immutable object
         */
        public PartitionCustomization build() {
            return new PartitionCustomization(type, minsize, partType, partLabel, partUuid, mountpoint, label, fsType, name, logicalVolumes, subvolumes, unknownKeys);
        }
    }
}
