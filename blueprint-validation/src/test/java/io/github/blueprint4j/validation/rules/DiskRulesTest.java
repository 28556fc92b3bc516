package io.github.blueprint4j.validation.rules;

import static io.github.blueprint4j.validation.rules.DiskFindings.disk;
import static io.github.blueprint4j.validation.rules.DiskFindings.messages;
import static io.github.blueprint4j.validation.rules.DiskFindings.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.PartitionCustomization;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of {@code customizations.disk} itself: table type, sector size, identifiers, mountpoints and layout. */
class DiskRulesTest {

    private static final String P = "customizations.disk.partitions";

    private static Consumer<PartitionCustomization.Builder> plain(String mountpoint) {
        return p -> p.minsize(1L << 30).mountpoint(mountpoint).fsType("xfs");
    }

    private static Consumer<DiskCustomization.Builder> plainDisk(String type, int partitions) {
        return d -> {
            d.type(type);
            for (int i = 0; i < partitions; i++) {
                d.addPartition(plain("/data" + i));
            }
        };
    }

    @Test
    void aFullLayoutHasNoFinding() {
        Blueprint bp = disk(d -> d.type("gpt").minsize("40 GiB").sectorSize(4096L)
                .addPartition(p -> p.minsize("1 GiB").mountpoint("/boot").fsType("xfs")
                        .partType("BC13C2FF-59E6-4262-A352-B275FD6F7172").partUuid("{12345678-1234-1234-1234-1234567890ab}")
                        .partLabel("boot"))
                .addPartition(p -> p.minsize("500 MiB").mountpoint("/boot/efi").fsType("vfat"))
                .addPartition(p -> p.minsize("2 GiB").fsType("swap"))
                .addPartition(p -> p.minsize("1 GiB").fsType("none"))
                .addPartition(p -> p.type("lvm").name("sysvg").minsize("15 GiB")
                        .addLogicalVolume(lv -> lv.name("root").minsize("8 GiB").mountpoint("/").fsType("xfs").label("root"))
                        .addLogicalVolume(lv -> lv.name("swap").minsize("2 GiB").fsType("swap"))
                        .addLogicalVolume(lv -> lv.minsize("2 GiB").mountpoint("/home").fsType("ext4"))
                        .addLogicalVolume(lv -> lv.minsize("2 GiB").mountpoint("/srv").fsType("vfat"))));
        assertThat(DiskFindings.strict(bp)).isEmpty();
    }

    @Test
    void anEmptyDiskHasNoFinding() {
        assertThat(DiskFindings.strict(disk(d -> { }))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt", "dos", ""})
    void knownTableTypes(String type) {
        assertThat(summary(disk(d -> d.type(type)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mbr", "GPT", "msdos", " gpt"})
    void unknownTableTypes(String type) {
        Blueprint bp = disk(d -> d.type(type));
        assertThat(summary(bp)).containsExactly("DISK-TYPE-ENUM customizations.disk.type ERROR");
        assertThat(messages(bp, "DISK-TYPE-ENUM"))
                .containsExactly("The partition table type must be gpt or dos, not \"" + type + "\".");
    }

    @Test
    void dosHoldsFourPartitions() {
        assertThat(summary(disk(plainDisk("dos", 4)))).isEmpty();
        assertThat(summary(disk(plainDisk("gpt", 9)))).isEmpty();
        assertThat(summary(disk(plainDisk(null, 9)))).isEmpty();
        Blueprint five = disk(plainDisk("dos", 5));
        assertThat(summary(five)).containsExactly("DISK-DOS-MAX-PARTS " + P + " ERROR");
        assertThat(messages(five, "DISK-DOS-MAX-PARTS"))
                .containsExactly("A dos partition table holds at most 4 partitions; this one lists 5.");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 512, 4096, 1L << 62})
    void sectorSizesThatArePowersOfTwo(long size) {
        assertThat(summary(disk(d -> d.sectorSize(size)))).isEmpty();
    }

    @Test
    void absentSectorSize() {
        assertThat(summary(disk(d -> d.sectorSize(null)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 1000, 4095, Long.MAX_VALUE})
    void sectorSizesThatAreNotPowersOfTwo(long size) {
        Blueprint bp = disk(d -> d.sectorSize(size));
        assertThat(summary(bp)).containsExactly("DISK-SECTOR-SIZE-POW2 customizations.disk.sector_size ERROR");
        assertThat(messages(bp, "DISK-SECTOR-SIZE-POW2"))
                .containsExactly("The sector size must be a power of two, such as 512 or 4096, not " + size + ".");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -512, Long.MIN_VALUE})
    void negativeSectorSizesAreOnlyATypeError(long size) {
        assertThat(summary(disk(d -> d.sectorSize(size))))
                .containsExactly("DISK-SECTOR-SIZE-TYPE customizations.disk.sector_size ERROR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt", ""})
    void partTypeOnGptOrUnsetTableAcceptsAGuid(String table) {
        assertThat(summary(disk(d -> d.type(table)
                .addPartition(p -> plain("/").accept(p.partType("0FC63DAF-8483-4772-8E79-3D69D8477DE4"))))))
                .isEmpty();
    }

    @Test
    void partTypeFollowsTheTableType() {
        String guid = "0fc63daf-8483-4772-8e79-3d69d8477de4";
        assertThat(summary(disk(d -> d.type("gpt").addPartition(p -> plain("/").accept(p.partType("83"))))))
                .containsExactly("PART-PARTTYPE-FORMAT " + P + "[0].part_type ERROR");
        assertThat(summary(disk(d -> d.type("dos").addPartition(p -> plain("/").accept(p.partType("eF"))))))
                .isEmpty();
        Blueprint dosGuid = disk(d -> d.type("dos").addPartition(p -> plain("/").accept(p.partType(guid))));
        assertThat(summary(dosGuid)).containsExactly("PART-PARTTYPE-FORMAT " + P + "[0].part_type ERROR");
        assertThat(messages(dosGuid, "PART-PARTTYPE-FORMAT"))
                .containsExactly("The partition type id \"" + guid + "\" is not two hex digits, as a dos table needs.");
        assertThat(summary(disk(d -> d.addPartition(p -> plain("/").accept(p.partType("83"))))))
                .isEmpty();
    }

    @Test
    void partTypeOnAnUnsetTableMustBeEither() {
        Blueprint bp = disk(d -> d
                .addPartition(p -> plain("/gpt").accept(p.partType("12345678-uuid-1234-1234-1234567890ab")))
                .addPartition(p -> plain("/dos").accept(p.partType("0x52")))
                .addPartition(p -> plain("/empty").accept(p.partType(""))));
        assertThat(summary(bp)).containsExactly(
                "PART-PARTTYPE-FORMAT " + P + "[0].part_type ERROR",
                "PART-PARTTYPE-FORMAT " + P + "[1].part_type ERROR");
        assertThat(messages(bp, "PART-PARTTYPE-FORMAT")).contains(
                "The partition type id \"0x52\" is not a GUID (for gpt) or two hex digits (for dos).");
    }

    @Test
    void partTypeIsNotCheckedUnderAnUnknownTableType() {
        assertThat(summary(disk(d -> d.type("mbr").addPartition(p -> plain("/").accept(p.partType("zz"))))))
                .containsExactly("DISK-TYPE-ENUM customizations.disk.type ERROR");
    }

    @Test
    void partUuidMustBeAUuidAndNeedsGpt() {
        String uuid = "12345678-1234-1234-1234-1234567890ab";
        assertThat(summary(disk(d -> d.type("gpt").addPartition(p -> plain("/").accept(p.partUuid(uuid)))))).isEmpty();
        assertThat(summary(disk(d -> d.addPartition(p -> plain("/").accept(p.partUuid("")))))).isEmpty();
        Blueprint dos = disk(d -> d.type("dos").addPartition(p -> plain("/").accept(p.partUuid(uuid))));
        assertThat(summary(dos)).containsExactly("PART-PARTUUID-FORMAT " + P + "[0].part_uuid ERROR");
        assertThat(messages(dos, "PART-PARTUUID-FORMAT"))
                .containsExactly("The partition GUID \"" + uuid + "\" needs a gpt table, but the table type is dos.");
        Blueprint malformed = disk(d -> d.addPartition(p -> plain("/").accept(p.partUuid("12345678-"))));
        assertThat(summary(malformed)).containsExactly("PART-PARTUUID-FORMAT " + P + "[0].part_uuid ERROR");
        assertThat(messages(malformed, "PART-PARTUUID-FORMAT"))
                .containsExactly("The partition GUID \"12345678-\" is not a UUID.");
    }

    @Test
    void partLabelIsAtMost36Utf16UnitsAndNeedsGpt() {
        String label36 = "123456789012345678901234567890123456";
        String emoji18 = "\uD83D\uDE00".repeat(18);
        assertThat(summary(disk(d -> d.addPartition(p -> plain("/").accept(p.partLabel(label36)))))).isEmpty();
        assertThat(summary(disk(d -> d.addPartition(p -> plain("/").accept(p.partLabel(emoji18)))))).isEmpty();
        assertThat(summary(disk(d -> d.type("dos").addPartition(p -> plain("/").accept(p.partLabel("")))))).isEmpty();
        Blueprint long37 = disk(d -> d.type("gpt").addPartition(p -> plain("/").accept(p.partLabel(label36 + "7"))));
        assertThat(summary(long37)).containsExactly("PART-PARTLABEL " + P + "[0].part_label ERROR");
        assertThat(messages(long37, "PART-PARTLABEL")).containsExactly(
                "The partition label \"" + label36 + "7\" is 37 UTF-16 code units long; the most is 36.");
        assertThat(summary(disk(d -> d.addPartition(p -> plain("/").accept(p.partLabel(emoji18 + "x"))))))
                .containsExactly("PART-PARTLABEL " + P + "[0].part_label ERROR");
        Blueprint dos = disk(d -> d.type("dos").addPartition(p -> plain("/").accept(p.partLabel("TheLabel"))));
        assertThat(summary(dos)).containsExactly("PART-PARTLABEL " + P + "[0].part_label ERROR");
        assertThat(messages(dos, "PART-PARTLABEL"))
                .containsExactly("The partition label \"TheLabel\" needs a gpt table, but the table type is dos.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/data", "/var/lib/x", "/a.b/..c"})
    void canonicalMountpoints(String mountpoint) {
        assertThat(summary(disk(d -> d.addPartition(plain(mountpoint))))).isEmpty();
    }

    @Test
    void mountpointProblemsAreNamed() {
        Blueprint bp = disk(d -> d
                .addPartition(plain(null))
                .addPartition(plain(""))
                .addPartition(plain("var"))
                .addPartition(plain("/var/"))
                .addPartition(plain("/home/../root"))
                .addPartition(plain("/a//b/./c")));
        assertThat(summary(bp)).containsExactly(
                "DISK-MOUNTPOINT-VALID " + P + "[0].mountpoint ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[1].mountpoint ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[2].mountpoint ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[3].mountpoint ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[4].mountpoint ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[5].mountpoint ERROR");
        String rule = "; it must be a non-empty, absolute and canonical path.";
        assertThat(messages(bp, "DISK-MOUNTPOINT-VALID")).containsExactly(
                "The mountpoint is missing" + rule,
                "The mountpoint is empty" + rule,
                "The mountpoint \"var\" does not start with /" + rule,
                "The mountpoint \"/var/\" is not canonical (did you mean \"/var\"?)" + rule,
                "The mountpoint \"/home/../root\" is not canonical (did you mean \"/root\"?)" + rule,
                "The mountpoint \"/a//b/./c\" is not canonical (did you mean \"/a/b/c\"?)" + rule);
    }

    @Test
    void mountpointsAreRequiredWhereTheyBelong() {
        Blueprint lvm = disk(d -> d
                .addPartition(p -> p.minsize(1L).fsType("swap"))
                .addPartition(p -> p.minsize(1L).fsType("none"))
                .addPartition(p -> p.type("lvm").minsize(1L)
                        .addLogicalVolume(lv -> lv.minsize(1L).fsType("swap"))
                        .addLogicalVolume(lv -> lv.minsize(1L).fsType("ext4"))
                        .addLogicalVolume(lv -> lv.minsize(1L).mountpoint("relative").fsType("ext4"))));
        assertThat(summary(lvm)).containsExactly(
                "DISK-MOUNTPOINT-VALID " + P + "[2].logical_volumes[1].mountpoint ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[2].logical_volumes[2].mountpoint ERROR");
        Blueprint btrfs = disk(d -> d.addPartition(p -> p.type("btrfs").minsize(1L)
                .addSubvolume(s -> s.name("root").mountpoint("/"))
                .addSubvolume(s -> s.name("test2").mountpoint(""))));
        assertThat(summary(btrfs)).containsExactly("DISK-MOUNTPOINT-VALID " + P + "[0].subvolumes[1].mountpoint ERROR");
    }

    @Test
    void everyRepeatedMountpointIsReportedAtTheLaterOccurrence() {
        Blueprint bp = disk(d -> d
                .addPartition(plain("/data"))
                .addPartition(plain("/"))
                .addPartition(plain("/data"))
                .addPartition(p -> p.type("lvm").minsize(1L)
                        .addLogicalVolume(lv -> lv.minsize(1L).mountpoint("/home").fsType("ext4"))
                        .addLogicalVolume(lv -> lv.minsize(1L).mountpoint("/data").fsType("ext4"))
                        .addLogicalVolume(lv -> lv.minsize(1L).mountpoint("/home").fsType("ext4"))));
        assertThat(summary(bp)).containsExactly(
                "DISK-MOUNTPOINT-UNIQUE " + P + "[2].mountpoint ERROR",
                "DISK-MOUNTPOINT-UNIQUE " + P + "[3].logical_volumes[1].mountpoint ERROR",
                "DISK-MOUNTPOINT-UNIQUE " + P + "[3].logical_volumes[2].mountpoint ERROR");
        assertThat(messages(bp, "DISK-MOUNTPOINT-UNIQUE")).first()
                .isEqualTo("The mountpoint \"/data\" is used more than once.");
    }

    @Test
    void repeatedMountpointsAcrossPlainAndBtrfs() {
        Blueprint bp = disk(d -> d
                .addPartition(plain("/data"))
                .addPartition(p -> p.type("btrfs").minsize(1L)
                        .addSubvolume(s -> s.name("root").mountpoint("/"))
                        .addSubvolume(s -> s.name("data").mountpoint("/data"))));
        assertThat(summary(bp)).containsExactly("DISK-MOUNTPOINT-UNIQUE " + P + "[1].subvolumes[1].mountpoint ERROR");
    }

    @Test
    void swapMountpointsAreNotCountedAsRepeats() {
        Blueprint bp = disk(d -> d
                .addPartition(plain("/data"))
                .addPartition(p -> p.minsize(1L).mountpoint("/data").fsType("swap")));
        assertThat(summary(bp)).containsExactly("PLAIN-SWAP-NONE-NO-MOUNT " + P + "[1].mountpoint ERROR");
    }

    @Test
    void volumeGroupNamesAreUnique() {
        Consumer<DiskCustomization.Builder> vgs = d -> {
            for (String name : new String[] {"vg", null, "vg", "", "other", ""}) {
                d.addPartition(p -> p.type("lvm").name(name).minsize(1L)
                        .addLogicalVolume(lv -> lv.minsize(1L).fsType("swap")));
            }
        };
        Blueprint bp = disk(vgs);
        assertThat(summary(bp)).containsExactly(
                "DISK-LAYOUT-ONE-VG " + P + " ERROR",
                "LVM-VG-NAME-UNIQUE " + P + "[2].name ERROR");
        assertThat(messages(bp, "LVM-VG-NAME-UNIQUE")).containsExactly("The volume group name \"vg\" is used more than once.");
        assertThat(messages(bp, "DISK-LAYOUT-ONE-VG"))
                .containsExactly("Only one lvm partition (volume group) is supported; this disk has 6.");
    }

    @Test
    void layoutRules() {
        Consumer<PartitionCustomization.Builder> lvm = p -> p.type("lvm").minsize(1L)
                .addLogicalVolume(lv -> lv.minsize(1L).mountpoint("/").fsType("xfs"));
        Consumer<PartitionCustomization.Builder> btrfs = p -> p.type("btrfs").minsize(1L)
                .addSubvolume(s -> s.name("home").mountpoint("/home"));
        Consumer<PartitionCustomization.Builder> btrfs2 = p -> p.type("btrfs").minsize(1L)
                .addSubvolume(s -> s.name("srv").mountpoint("/srv"));
        assertThat(summary(disk(d -> d.addPartition(lvm).addPartition(btrfs))))
                .containsExactly("DISK-LAYOUT-NO-MIX " + P + " ERROR");
        Blueprint twoBtrfs = disk(d -> d.addPartition(plain("/data")).addPartition(btrfs).addPartition(btrfs2));
        assertThat(summary(twoBtrfs)).containsExactly("DISK-LAYOUT-ONE-BTRFS " + P + " ERROR");
        assertThat(messages(twoBtrfs, "DISK-LAYOUT-ONE-BTRFS"))
                .containsExactly("Only one btrfs partition is supported; this disk has 2.");
        assertThat(summary(disk(d -> d.addPartition(btrfs).addPartition(btrfs2).addPartition(lvm)))).containsExactly(
                "DISK-LAYOUT-NO-MIX " + P + " ERROR",
                "DISK-LAYOUT-ONE-BTRFS " + P + " ERROR");
    }

    @Test
    void everyScalarMayBeAbsent() {
        Blueprint bp = disk(d -> d.addPartition(PartitionCustomization.builder().build())
                .addPartition(p -> p.type("lvm").addLogicalVolume(lv -> { }))
                .addPartition(p -> p.type("btrfs").addSubvolume(s -> { })));
        assertThat(summary(bp)).containsExactlyInAnyOrder(
                "PART-MINSIZE-REQUIRED " + P + "[0].minsize ERROR",
                "PLAIN-FSTYPE " + P + "[0].fs_type ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[0].mountpoint ERROR",
                "PART-MINSIZE-REQUIRED " + P + "[1].minsize ERROR",
                "LV-MINSIZE-REQUIRED " + P + "[1].logical_volumes[0].minsize ERROR",
                "LV-FSTYPE " + P + "[1].logical_volumes[0].fs_type ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[1].logical_volumes[0].mountpoint ERROR",
                "PART-MINSIZE-REQUIRED " + P + "[2].minsize ERROR",
                "BTRFS-SUBVOL-NAME-REQUIRED " + P + "[2].subvolumes[0].name ERROR",
                "DISK-MOUNTPOINT-VALID " + P + "[2].subvolumes[0].mountpoint ERROR",
                "DISK-LAYOUT-NO-MIX " + P + " ERROR");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentOrEmptyTableTypeIsUnset(String type) {
        assertThat(summary(disk(d -> d.type(type).addPartition(p -> plain("/").accept(p.partType("83").partUuid(
                "12345678123412341234123456789abc").partLabel("root")))))).isEmpty();
    }

    @Test
    void findingsOfADocumentAreLocated() {
        String toml = """
                name = "located"

                [customizations.disk]
                type = "dos"
                sector_size = 1000

                [[customizations.disk.partitions]]
                minsize = "1 GiB"
                mountpoint = "/data"
                fs_type = "xfs"
                part_label = "data"

                [[customizations.disk.partitions]]
                minsize = "1 GiB"
                mountpoint = "/data/"
                fs_type = "zfs"
                """;
        ReadResult read = BlueprintReader.builder().build().read(toml, Format.TOML);
        List<Diagnostic> findings = BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER)
                .policies(PathPolicies.none()).build()
                .validate(read.blueprint(), read.sourceMap()).diagnostics().stream()
                .filter(d -> DiskFindings.CODES.contains(d.code())).toList();
        assertThat(findings).extracting(d -> d.code() + " " + d.path() + " line " + d.line()).containsExactly(
                "DISK-SECTOR-SIZE-POW2 customizations.disk.sector_size line 5",
                "PART-PARTLABEL " + P + "[0].part_label line 11",
                "DISK-MOUNTPOINT-VALID " + P + "[1].mountpoint line 15",
                "PLAIN-FSTYPE " + P + "[1].fs_type line 16");
    }
}
