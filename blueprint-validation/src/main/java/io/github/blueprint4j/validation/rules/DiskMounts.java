package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.model.PartitionType;
import java.util.ArrayList;
import java.util.List;

/**
 * The mountpoints of a disk layout in disk order, each with the path of its key relative to the
 * disk: plain partitions, then within an lvm partition its logical volumes, within a btrfs
 * partition its subvolumes.
 */
final class DiskMounts {

    /**
     * One written mountpoint.
     *
     * @param mountpoint the mountpoint, not empty
     * @param path       component names and indexes from the disk to the mountpoint key
     */
    record Mount(String mountpoint, Object[] path) {
    }

    private DiskMounts() {
    }

    /**
     * Returns the non-empty mountpoints of a disk. A partition of an unknown type is skipped.
     *
     * @param disk the disk
     * @return the mountpoints in disk order
     */
    static List<Mount> of(DiskCustomization disk) {
        List<Mount> mounts = new ArrayList<>();
        List<PartitionCustomization> partitions = disk.partitions();
        for (int p = 0; p < partitions.size(); p++) {
            PartitionCustomization partition = partitions.get(p);
            PartitionType type = PartitionType.of(partition.type());
            if (type == PartitionType.PLAIN) {
                add(mounts, partition.mountpoint(), "partitions", p, "mountpoint");
            } else if (type == PartitionType.LVM) {
                List<LogicalVolume> volumes = partition.logicalVolumes();
                for (int v = 0; v < volumes.size(); v++) {
                    add(mounts, volumes.get(v).mountpoint(), "partitions", p, "logicalVolumes", v, "mountpoint");
                }
            } else if (type == PartitionType.BTRFS) {
                List<BtrfsSubvolume> subvolumes = partition.subvolumes();
                for (int s = 0; s < subvolumes.size(); s++) {
                    add(mounts, subvolumes.get(s).mountpoint(), "partitions", p, "subvolumes", s, "mountpoint");
                }
            }
        }
        return mounts;
    }

    private static void add(List<Mount> mounts, String mountpoint, Object... path) {
        if (mountpoint != null && !mountpoint.isEmpty()) {
            mounts.add(new Mount(mountpoint, path));
        }
    }
}
