package io.github.blueprint4j.model;

import java.util.Set;

/**
 * The kinds of {@link PartitionCustomization}, selected by its {@code type} key, and the keys
 * each kind allows. A partition that holds a key of another kind is refused by the reference
 * implementation while reading.
 */
public enum PartitionType {
    /** A filesystem, a swap area or a raw partition (the default). */
    PLAIN("plain", Set.of("mountpoint", "label", "fs_type")),
    /** One LVM volume group. */
    LVM("lvm", Set.of("name", "logical_volumes")),
    /** One btrfs volume. */
    BTRFS("btrfs", Set.of("subvolumes"));

    /** The keys every kind allows. */
    public static final Set<String> COMMON_KEYS = Set.of("type", "minsize", "part_type", "part_label", "part_uuid");

    private final String value;
    private final Set<String> ownKeys;

    PartitionType(String value, Set<String> ownKeys) {
        this.value = value;
        this.ownKeys = ownKeys;
    }

    /**
     * Returns the value of the {@code type} key: {@code plain}, {@code lvm} or {@code btrfs}.
     *
     * @return the value of the {@code type} key: {@code plain}, {@code lvm} or {@code btrfs}
     */
    public String value() {
        return value;
    }

    /**
     * Tells whether a partition of this kind may hold a key.
     *
     * @param key a key of the format
     * @return {@code true} if the key is common to all kinds or belongs to this one
     */
    public boolean allows(String key) {
        return COMMON_KEYS.contains(key) || ownKeys.contains(key);
    }

    /**
     * Returns the kind named by a {@code type} value; absent or empty means {@link #PLAIN}.
     *
     * @param type the value of the {@code type} key, or {@code null}
     * @return the kind, or {@code null} if the value names none (the match is exact)
     */
    public static PartitionType of(String type) {
        if (type == null || type.isEmpty()) {
            return PLAIN;
        }
        for (PartitionType kind : values()) {
            if (kind.value.equals(type)) {
                return kind;
            }
        }
        return null;
    }

    /** Returns the value of the {@code type} key. */
    @Override
    public String toString() {
        return value;
    }
}
