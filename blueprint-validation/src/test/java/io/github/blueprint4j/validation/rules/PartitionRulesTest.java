package io.github.blueprint4j.validation.rules;

import static io.github.blueprint4j.validation.rules.DiskFindings.disk;
import static io.github.blueprint4j.validation.rules.DiskFindings.messages;
import static io.github.blueprint4j.validation.rules.DiskFindings.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.BtrfsSubvolume;
import io.github.blueprint4j.model.LogicalVolume;
import io.github.blueprint4j.model.PartitionCustomization;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of single partitions: plain, lvm and btrfs partitions, their volumes and subvolumes. */
class PartitionRulesTest {

    private static final String P0 = "customizations.disk.partitions[0]";

    private static Blueprint one(Consumer<PartitionCustomization.Builder> partition) {
        return disk(d -> d.addPartition(partition));
    }

    private static Consumer<PartitionCustomization.Builder> lvm(Consumer<PartitionCustomization.Builder> more) {
        return p -> more.accept(p.type("lvm").minsize(1L << 30));
    }

    private static Consumer<PartitionCustomization.Builder> btrfs(Consumer<PartitionCustomization.Builder> more) {
        return p -> more.accept(p.type("btrfs").minsize(1L << 30));
    }

    private static LogicalVolume lv(String name, String mountpoint, String fsType) {
        return LogicalVolume.builder().name(name).minsize(1L << 30).mountpoint(mountpoint).fsType(fsType).build();
    }

    private static BtrfsSubvolume subvolume(String name, String mountpoint) {
        return BtrfsSubvolume.builder().name(name).mountpoint(mountpoint).build();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "plain")
    void absentOrEmptyTypeIsPlain(String type) {
        assertThat(summary(one(p -> p.type(type).minsize(1L).mountpoint("/data").fsType("xfs")))).isEmpty();
        assertThat(summary(one(p -> p.type(type).minsize(1L).mountpoint("/data").fsType("zfs"))))
                .containsExactly("PLAIN-FSTYPE " + P0 + ".fs_type ERROR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LVM", "zfs", "raid", " plain"})
    void unknownTypesSkipTheTypeRules(String type) {
        Blueprint bp = one(p -> p.type(type).minsize(1L).label("x").partLabel("ok").putUnknownKey("foo", 1));
        assertThat(summary(bp)).containsExactly("PART-TYPE-ENUM " + P0 + ".type ERROR");
        assertThat(messages(bp, "PART-TYPE-ENUM"))
                .containsExactly("The partition type must be plain, lvm or btrfs, not \"" + type + "\".");
    }

    @Test
    void commonKeysAreCheckedWhateverTheType() {
        assertThat(summary(disk(d -> d.type("dos").addPartition(p -> p.type("zfs").minsize(1L).partUuid("x")))))
                .containsExactly(
                        "PART-PARTUUID-FORMAT " + P0 + ".part_uuid ERROR",
                        "PART-TYPE-ENUM " + P0 + ".type ERROR");
    }

    @Test
    void minimumSizesAreRequired() {
        assertThat(summary(one(p -> p.mountpoint("/data").fsType("xfs"))))
                .containsExactly("PART-MINSIZE-REQUIRED " + P0 + ".minsize ERROR");
        assertThat(summary(one(lvm(p -> p.addLogicalVolume(lv -> lv.mountpoint("/").fsType("xfs"))))))
                .containsExactly("LV-MINSIZE-REQUIRED " + P0 + ".logical_volumes[0].minsize ERROR");
        assertThat(summary(one(p -> p.minsize(0L).mountpoint("/data").fsType("xfs")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext4", "xfs", "vfat"})
    void mountableFilesystemsOfPlainPartitions(String fsType) {
        assertThat(summary(one(p -> p.minsize(1L).mountpoint("/data").fsType(fsType).label("data")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"swap", "none"})
    void swapAndUnformattedPartitionsHaveNoMountpoint(String fsType) {
        assertThat(summary(one(p -> p.minsize(1L).fsType(fsType)))).isEmpty();
        assertThat(summary(one(p -> p.minsize(1L).mountpoint("").fsType(fsType)))).isEmpty();
        Blueprint mounted = one(p -> p.minsize(1L).mountpoint("/data").fsType(fsType));
        assertThat(summary(mounted)).containsExactly("PLAIN-SWAP-NONE-NO-MOUNT " + P0 + ".mountpoint ERROR");
        assertThat(messages(mounted, "PLAIN-SWAP-NONE-NO-MOUNT"))
                .containsExactly("A partition with fs_type " + fsType + " cannot have a mountpoint, but it has \"/data\".");
    }

    @Test
    void plainFilesystemTypeProblemsAreNamed() {
        Blueprint bp = disk(d -> d
                .addPartition(p -> p.minsize(1L).mountpoint("/a").fsType("ntfs"))
                .addPartition(p -> p.minsize(1L).mountpoint("/b").fsType(""))
                .addPartition(p -> p.minsize(1L).mountpoint("/c"))
                .addPartition(p -> p.minsize(1L).mountpoint("/d").fsType("btrfs"))
                .addPartition(p -> p.minsize(1L).mountpoint("/e").fsType("XFS")));
        assertThat(summary(bp)).hasSize(5).allMatch(s -> s.startsWith("PLAIN-FSTYPE customizations.disk.partitions["));
        String rule = "A plain partition needs fs_type ext4, xfs, vfat, swap or none; ";
        assertThat(messages(bp, "PLAIN-FSTYPE")).containsExactly(
                rule + "\"ntfs\" is not one of them.",
                rule + "fs_type is empty.",
                rule + "fs_type is missing.",
                rule + "\"btrfs\" is not one of them.",
                rule + "\"XFS\" is not one of them.");
    }

    @Test
    void bootFilesystems() {
        assertThat(summary(disk(d -> d
                .addPartition(p -> p.minsize(1L).mountpoint("/boot").fsType("xfs"))
                .addPartition(p -> p.minsize(1L).mountpoint("/boot/efi").fsType("vfat"))))).isEmpty();
        assertThat(summary(one(p -> p.minsize(1L).mountpoint("/boot").fsType("ext4")))).isEmpty();
        Blueprint wrong = disk(d -> d
                .addPartition(p -> p.minsize(1L).mountpoint("/boot").fsType("vfat"))
                .addPartition(p -> p.minsize(1L).mountpoint("/boot/efi").fsType("ext4")));
        assertThat(summary(wrong)).containsExactly(
                "DISK-BOOT-FSTYPE customizations.disk.partitions[0].fs_type ERROR",
                "DISK-BOOT-FSTYPE customizations.disk.partitions[1].fs_type ERROR");
        assertThat(messages(wrong, "DISK-BOOT-FSTYPE")).containsExactly(
                "/boot needs fs_type xfs or ext4, not vfat.",
                "/boot/efi needs fs_type vfat, not ext4.");
    }

    @Test
    void anUnknownBootFilesystemIsOnlyAPlainFilesystemError() {
        assertThat(summary(one(p -> p.minsize(1L).mountpoint("/boot").fsType("zfs"))))
                .containsExactly("PLAIN-FSTYPE " + P0 + ".fs_type ERROR");
        assertThat(summary(one(p -> p.minsize(1L).mountpoint("/boot").fsType("swap"))))
                .containsExactly("PLAIN-SWAP-NONE-NO-MOUNT " + P0 + ".mountpoint ERROR");
    }

    @Test
    void keysOfAnotherTypeOnAPlainPartition() {
        Blueprint bp = one(p -> p.minsize(1L).mountpoint("/data").fsType("xfs").name("vg")
                .addLogicalVolume(lv("lv", "/srv", "xfs")).addSubvolume(subvolume("sv", "/home"))
                .putUnknownKey("compress", "zstd"));
        assertThat(summary(bp)).containsExactly(
                "PART-KEYS-BY-TYPE " + P0 + ".compress ERROR",
                "PART-KEYS-BY-TYPE " + P0 + ".logical_volumes ERROR",
                "PART-KEYS-BY-TYPE " + P0 + ".name ERROR",
                "PART-KEYS-BY-TYPE " + P0 + ".subvolumes ERROR");
        assertThat(messages(bp, "PART-KEYS-BY-TYPE")).contains(
                "name is not allowed in plain partitions.",
                "compress is not allowed in plain partitions.");
    }

    @Test
    void keysOfAnotherTypeOnAnLvmPartitionAreReportedOnce() {
        Blueprint bp = one(lvm(p -> p.mountpoint("/data").fsType("xfs").label("data")
                .addSubvolume(subvolume("sv", "/home")).addLogicalVolume(lv("root", "/", "xfs"))));
        assertThat(summary(bp)).containsExactly(
                "PART-KEYS-BY-TYPE " + P0 + ".fs_type ERROR",
                "LVM-FOREIGN-FIELDS " + P0 + ".label ERROR",
                "PART-KEYS-BY-TYPE " + P0 + ".mountpoint ERROR",
                "LVM-FOREIGN-FIELDS " + P0 + ".subvolumes ERROR");
        assertThat(messages(bp, "LVM-FOREIGN-FIELDS")).containsExactly(
                "An lvm partition cannot have label: btrfs subvolumes and filesystem labels do not belong in a volume group.",
                "An lvm partition cannot have subvolumes: btrfs subvolumes and filesystem labels do not belong in a volume group.");
    }

    @Test
    void anEmptyLabelIsStillALabel() {
        assertThat(summary(one(lvm(p -> p.label("").addLogicalVolume(lv("root", "/", "xfs"))))))
                .containsExactly("LVM-FOREIGN-FIELDS " + P0 + ".label ERROR");
    }

    @Test
    void keysOfAnotherTypeOnABtrfsPartitionAreReportedOnce() {
        Blueprint bp = one(btrfs(p -> p.mountpoint("/data").fsType("btrfs").label("data").name("vol")
                .addLogicalVolume(lv("root", "/", "xfs")).addSubvolume(subvolume("root", "/"))));
        assertThat(summary(bp)).containsExactly(
                "PART-KEYS-BY-TYPE " + P0 + ".fs_type ERROR",
                "PART-KEYS-BY-TYPE " + P0 + ".label ERROR",
                "BTRFS-NO-LVS " + P0 + ".logical_volumes ERROR",
                "BTRFS-NO-MOUNTPOINT " + P0 + ".mountpoint ERROR",
                "PART-KEYS-BY-TYPE " + P0 + ".name ERROR");
        assertThat(messages(bp, "BTRFS-NO-MOUNTPOINT")).containsExactly(
                "A btrfs partition cannot have a mountpoint of its own (it has \"/data\"); only its subvolumes do.");
    }

    @Test
    void logicalVolumeNamesAreUniqueWithinTheirGroup() {
        Blueprint bp = one(lvm(p -> p.logicalVolumes(List.of(
                lv("data", "/a", "xfs"), lv(null, "/b", "xfs"), lv("data", "/c", "xfs"),
                lv("", "/d", "xfs"), lv(null, "/e", "xfs"), lv("data", "/f", "xfs")))));
        assertThat(summary(bp)).containsExactly(
                "LV-NAME-UNIQUE " + P0 + ".logical_volumes[2].name ERROR",
                "LV-NAME-UNIQUE " + P0 + ".logical_volumes[5].name ERROR");
        assertThat(messages(bp, "LV-NAME-UNIQUE"))
                .containsOnly("The logical volume name \"data\" is used more than once in this volume group.");
    }

    @Test
    void logicalVolumeNamesMayRepeatInAnotherGroup() {
        Blueprint bp = disk(d -> d
                .addPartition(lvm(p -> p.name("a").addLogicalVolume(lv("lv", "/a", "xfs"))))
                .addPartition(lvm(p -> p.name("b").addLogicalVolume(lv("lv", "/b", "xfs")))));
        assertThat(summary(bp)).containsExactly("DISK-LAYOUT-ONE-VG customizations.disk.partitions ERROR");
    }

    @Test
    void everySwapVolumeIsChecked() {
        Blueprint bp = one(lvm(p -> p.logicalVolumes(List.of(
                lv("swap1", "/swap", "swap"), lv("swap2", "", "swap"), lv("swap3", "/boot", "swap"),
                lv("ok", "/", "xfs")))));
        assertThat(summary(bp)).containsExactly(
                "LV-SWAP-NO-MOUNT " + P0 + ".logical_volumes[0].mountpoint ERROR",
                "LV-SWAP-NO-MOUNT " + P0 + ".logical_volumes[2].mountpoint ERROR");
        assertThat(messages(bp, "LV-SWAP-NO-MOUNT")).first()
                .isEqualTo("A swap logical volume cannot have a mountpoint, but it has \"/swap\".");
    }

    @Test
    void logicalVolumeFilesystems() {
        assertThat(summary(one(lvm(p -> p.logicalVolumes(List.of(
                lv(null, "/a", "ext4"), lv(null, "/b", "xfs"), lv(null, "/c", "vfat"), lv(null, null, "swap"))))))).isEmpty();
        Blueprint bp = one(lvm(p -> p.logicalVolumes(List.of(
                lv(null, "/a", null), lv(null, "/b", ""), lv(null, "/c", "btrfs"), lv(null, "/d", "none")))));
        assertThat(summary(bp)).containsExactly(
                "LV-FSTYPE " + P0 + ".logical_volumes[0].fs_type ERROR",
                "LV-FSTYPE " + P0 + ".logical_volumes[1].fs_type ERROR",
                "LV-FSTYPE " + P0 + ".logical_volumes[2].fs_type ERROR",
                "LV-FSTYPE " + P0 + ".logical_volumes[3].fs_type ERROR");
        assertThat(messages(bp, "LV-FSTYPE")).containsExactly(
                "A logical volume needs fs_type ext4, xfs, vfat or swap; fs_type is missing.",
                "A logical volume needs fs_type ext4, xfs, vfat or swap; fs_type is empty.",
                "A logical volume needs fs_type ext4, xfs, vfat or swap; \"btrfs\" is not one of them.",
                "A logical volume needs fs_type ext4, xfs, vfat or swap; \"none\" is not one of them.");
    }

    @Test
    void bootIsNotALogicalVolume() {
        Blueprint bp = one(lvm(p -> p.logicalVolumes(List.of(
                lv(null, "/boot", "xfs"), lv(null, "/boot/efi", "vfat"), lv(null, "/boot/grub2", "xfs")))));
        assertThat(summary(bp)).containsExactly(
                "LV-NOT-BOOT " + P0 + ".logical_volumes[0].mountpoint ERROR",
                "LV-NOT-BOOT " + P0 + ".logical_volumes[1].mountpoint ERROR");
        assertThat(messages(bp, "LV-NOT-BOOT")).containsExactly(
                "/boot must be on a plain partition, not on a logical volume.",
                "/boot/efi must be on a plain partition, not on a logical volume.");
    }

    @Test
    void aVolumeGroupWithoutVolumesIsNoted() {
        Blueprint bp = one(lvm(p -> p.name("vg")));
        assertThat(summary(bp)).containsExactly("LVM-HAS-LVS " + P0 + ".logical_volumes INFO");
        assertThat(DiskFindings.strictSummary(bp)).containsExactly("LVM-HAS-LVS " + P0 + ".logical_volumes INFO");
    }

    @Test
    void aBtrfsPartitionNeedsSubvolumes() {
        assertThat(summary(one(btrfs(p -> { })))).containsExactly("BTRFS-SUBVOLS-REQUIRED " + P0 + ".subvolumes ERROR");
    }

    @Test
    void subvolumeNamesAreRequiredAndUnique() {
        Blueprint bp = one(btrfs(p -> p.subvolumes(List.of(
                subvolume("root", "/"), subvolume(null, "/a"), subvolume("", "/b"), subvolume("root", "/c"),
                subvolume("home", "/home"), subvolume("root", "/d")))));
        assertThat(summary(bp)).containsExactly(
                "BTRFS-SUBVOL-NAME-REQUIRED " + P0 + ".subvolumes[1].name ERROR",
                "BTRFS-SUBVOL-NAME-REQUIRED " + P0 + ".subvolumes[2].name ERROR",
                "BTRFS-SUBVOL-NAME-UNIQUE " + P0 + ".subvolumes[3].name ERROR",
                "BTRFS-SUBVOL-NAME-UNIQUE " + P0 + ".subvolumes[5].name ERROR");
        assertThat(messages(bp, "BTRFS-SUBVOL-NAME-UNIQUE")).containsOnly("The subvolume name \"root\" is used more than once.");
    }

    @Test
    void theEspIsNotASubvolume() {
        assertThat(summary(one(btrfs(p -> p.subvolumes(List.of(subvolume("root", "/"), subvolume("boot", "/boot")))))))
                .isEmpty();
        assertThat(summary(one(btrfs(p -> p.subvolumes(List.of(subvolume("test", "/test"), subvolume("esp", "/boot/efi")))))))
                .containsExactly("BTRFS-SUBVOL-NOT-ESP " + P0 + ".subvolumes[1].mountpoint ERROR");
    }

    @Test
    void subvolumesHoldOnlyNameAndMountpoint() {
        Blueprint bp = one(btrfs(p -> p.addSubvolume(s -> s.name("root").mountpoint("/")
                .putUnknownKey("compress", "zstd").putUnknownKey("quota", true))));
        assertThat(summary(bp)).containsExactly(
                "BTRFS-SUBVOL-KEYS " + P0 + ".subvolumes[0].compress ERROR",
                "BTRFS-SUBVOL-KEYS " + P0 + ".subvolumes[0].quota ERROR");
        assertThat(messages(bp, "BTRFS-SUBVOL-KEYS")).first().isEqualTo("compress is not a key of a btrfs subvolume.");
    }

    @Test
    void valuesWithMessageSyntaxAreShownAsWritten() {
        Blueprint bp = one(p -> p.minsize(1L).mountpoint("/data").fsType("{fsType} ${x} \\ $"));
        assertThat(messages(bp, "PLAIN-FSTYPE")).containsExactly(
                "A plain partition needs fs_type ext4, xfs, vfat, swap or none; \"{fsType} ${x} \\ $\" is not one of them.");
    }
}
