package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * What the disk rules share: the filesystem types, the places of a disk layout that need a
 * mountpoint, and the mountpoint form the reference demands (absolute and as {@code path.Clean}
 * leaves it).
 */
final class DiskLayout {

    private static final Set<String> MOUNTABLE_FS_TYPES = Set.of("ext4", "xfs", "vfat");

    /** The filesystem type of a swap area. */
    static final String SWAP = "swap";

    /** The filesystem type of an unformatted plain partition. */
    static final String NONE = "none";

    /** The mountpoint of the boot partition. */
    static final String BOOT = "/boot";

    /** The mountpoint of the EFI system partition. */
    static final String ESP = "/boot/efi";

    /**
     * A place in the disk layout that can hold a mountpoint.
     *
     * @param mountpoint the mountpoint written there, {@code null} if none
     * @param path       component names and indexes from the disk to the mountpoint key
     * @param required   whether the place needs a mountpoint (not a swap or unformatted area)
     */
    record Slot(String mountpoint, Object[] path, boolean required) {
    }

    private DiskLayout() {
    }

    /**
     * Returns the places that need a mountpoint, in disk order: plain partitions that are not
     * swap or unformatted, logical volumes of lvm partitions that are not swap, and every
     * subvolume of btrfs partitions. Partitions of an unknown type are skipped.
     *
     * @param disk the disk
     * @return the places, with what is written there
     */
    static List<Slot> mountpointSlots(DiskCustomization disk) {
        return slots(disk).stream().filter(Slot::required).toList();
    }

    /**
     * Returns every place that can hold a mountpoint, in disk order: plain partitions, logical
     * volumes and btrfs subvolumes, swap and unformatted areas included. Partitions of an
     * unknown type are skipped.
     *
     * @param disk the disk
     * @return the places, with what is written there
     */
    static List<Slot> slots(DiskCustomization disk) {
        List<Slot> slots = new ArrayList<>();
        List<PartitionCustomization> partitions = disk.partitions();
        for (int p = 0; p < partitions.size(); p++) {
            PartitionCustomization partition = partitions.get(p);
            PartitionType type = PartitionType.of(partition.type());
            if (type == PartitionType.PLAIN) {
                slots.add(new Slot(partition.mountpoint(), new Object[] {"partitions", p, "mountpoint"},
                        !isSwapOrNone(partition.fsType())));
            } else if (type == PartitionType.LVM) {
                List<LogicalVolume> volumes = partition.logicalVolumes();
                for (int v = 0; v < volumes.size(); v++) {
                    slots.add(new Slot(volumes.get(v).mountpoint(),
                            new Object[] {"partitions", p, "logicalVolumes", v, "mountpoint"},
                            !SWAP.equals(volumes.get(v).fsType())));
                }
            } else if (type == PartitionType.BTRFS) {
                List<BtrfsSubvolume> subvolumes = partition.subvolumes();
                for (int s = 0; s < subvolumes.size(); s++) {
                    slots.add(new Slot(subvolumes.get(s).mountpoint(),
                            new Object[] {"partitions", p, "subvolumes", s, "mountpoint"}, true));
                }
            }
        }
        return slots;
    }

    /**
     * Counts the partitions of one type.
     *
     * @param disk the disk
     * @param type the partition type
     * @return how many partitions have that type
     */
    static int count(DiskCustomization disk, PartitionType type) {
        int count = 0;
        for (PartitionCustomization partition : disk.partitions()) {
            if (PartitionType.of(partition.type()) == type) {
                count++;
            }
        }
        return count;
    }

    /**
     * Tells whether a filesystem type is one that can be mounted.
     *
     * @param fsType the {@code fs_type}, or {@code null}
     * @return {@code true} for {@code ext4}, {@code xfs} and {@code vfat}
     */
    static boolean isMountable(String fsType) {
        return fsType != null && MOUNTABLE_FS_TYPES.contains(fsType);
    }

    /**
     * Tells whether a plain partition's filesystem type is one that takes no mountpoint.
     *
     * @param fsType the {@code fs_type}, or {@code null}
     * @return {@code true} for {@code swap} and {@code none}
     */
    static boolean isSwapOrNone(String fsType) {
        return SWAP.equals(fsType) || NONE.equals(fsType);
    }

    /**
     * Tells whether a text holds a value: not {@code null} and not empty.
     *
     * @param text the text, or {@code null}
     * @return {@code true} if it is set and not empty
     */
    static boolean isSet(String text) {
        return text != null && !text.isEmpty();
    }

    /**
     * Returns the canonical form of an absolute path as Go's {@code path.Clean} computes it:
     * no empty, {@code .} or {@code ..} segments, no trailing slash except for {@code /}.
     *
     * @param path a path starting with {@code /}
     * @return the canonical form
     */
    static String clean(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    /**
     * Describes what is wrong with a mountpoint that the reference refuses: absent, empty,
     * relative or not canonical.
     *
     * @param mountpoint the mountpoint, or {@code null}
     * @return the problem, worded to follow "The mountpoint", or {@code null} if it is valid
     */
    static String mountpointProblem(String mountpoint) {
        if (mountpoint == null) {
            return "is missing";
        }
        if (mountpoint.isEmpty()) {
            return "is empty";
        }
        if (!mountpoint.startsWith("/")) {
            return "\"" + mountpoint + "\" does not start with /";
        }
        String clean = clean(mountpoint);
        if (!clean.equals(mountpoint)) {
            return "\"" + mountpoint + "\" is not canonical (did you mean \"" + clean + "\"?)";
        }
        return null;
    }

    /**
     * Describes a filesystem type that a rule refuses, for its message.
     *
     * @param fsType the {@code fs_type}, or {@code null}
     * @return the description, worded as a clause
     */
    static String describeFsType(String fsType) {
        if (fsType == null) {
            return "fs_type is missing";
        }
        return fsType.isEmpty() ? "fs_type is empty" : "\"" + fsType + "\" is not one of them";
    }
}
