package io.github.blueprint4j.validation.rules;

import static io.github.blueprint4j.validation.rules.DiskFindings.blueprint;
import static io.github.blueprint4j.validation.rules.DiskFindings.messages;
import static io.github.blueprint4j.validation.rules.DiskFindings.strictSummary;
import static io.github.blueprint4j.validation.rules.DiskFindings.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.model.FilesystemCustomization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of {@code customizations.filesystem}, its relation to {@code disk}, and {@code partitioning_mode}. */
class FilesystemRulesTest {

    private static final String FS = "customizations.filesystem";

    @Test
    void aFilesystemEntryWithMountpointAndSizeHasNoFinding() {
        assertThat(DiskFindings.strict(blueprint(c -> c
                .addFilesystem(f -> f.mountpoint("/var/log").minsize("4 GiB"))
                .addFilesystem(f -> f.mountpoint("/").minsize(10737418240L))))).isEmpty();
    }

    @Test
    void noCustomizationsHaveNoFinding() {
        assertThat(DiskFindings.strict(Blueprint.builder().name("bare").build())).isEmpty();
        assertThat(DiskFindings.strict(blueprint(c -> { }))).isEmpty();
    }

    @Test
    void mountpointAndMinimumSizeAreRequired() {
        Blueprint bp = blueprint(c -> c.addFilesystem(FilesystemCustomization.builder().build()));
        assertThat(summary(bp)).containsExactly(
                "FS-MINSIZE-REQUIRED " + FS + "[0].minsize ERROR",
                "FS-MOUNTPOINT-REQUIRED " + FS + "[0].mountpoint ERROR");
        assertThat(messages(bp, "FS-MOUNTPOINT-REQUIRED")).containsExactly("A filesystem entry needs a mountpoint.");
    }

    @Test
    void anEmptyMountpointAndAZeroSizeAreLeftToOtherChecks() {
        assertThat(summary(blueprint(c -> c.addFilesystem(f -> f.mountpoint("").minsize(0L))))).isEmpty();
    }

    @Test
    void bootEfiIsNotedAsAHistoricalProblem() {
        Blueprint bp = blueprint(c -> c.addFilesystem(f -> f.mountpoint("/boot/efi").minsize("1 GiB")));
        assertThat(summary(bp)).containsExactly("FS-BOOT-EFI-HISTORY " + FS + "[0].mountpoint WARNING");
        assertThat(strictSummary(bp)).containsExactly("FS-BOOT-EFI-HISTORY " + FS + "[0].mountpoint WARNING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/boot", "/boot/efi/EFI", "/boot/efi/", "/efi"})
    void otherBootPathsAreNotNoted(String mountpoint) {
        assertThat(summary(blueprint(c -> c.addFilesystem(f -> f.mountpoint(mountpoint).minsize(1L))))).isEmpty();
    }

    @Test
    void repeatedMountpointsAreWarnedAtTheLaterEntries() {
        Blueprint bp = blueprint(c -> c
                .addFilesystem(f -> f.mountpoint("/var").minsize(1L))
                .addFilesystem(f -> f.mountpoint("/home").minsize(1L))
                .addFilesystem(f -> f.mountpoint("/var").minsize(1L))
                .addFilesystem(f -> f.mountpoint("").minsize(1L))
                .addFilesystem(f -> f.mountpoint("").minsize(1L))
                .addFilesystem(f -> f.mountpoint("/var").minsize(1L)));
        assertThat(summary(bp)).containsExactly(
                "FS-MOUNTPOINT-UNIQUE " + FS + "[2].mountpoint WARNING",
                "FS-MOUNTPOINT-UNIQUE " + FS + "[5].mountpoint WARNING");
        assertThat(strictSummary(bp)).containsExactly(
                "FS-MOUNTPOINT-UNIQUE " + FS + "[2].mountpoint WARNING",
                "FS-MOUNTPOINT-UNIQUE " + FS + "[5].mountpoint WARNING");
        assertThat(messages(bp, "FS-MOUNTPOINT-UNIQUE")).containsOnly("The mountpoint \"/var\" is listed more than once.");
    }

    @Test
    void filesystemAndDiskAreExclusive() {
        Blueprint both = blueprint(c -> c
                .addFilesystem(f -> f.mountpoint("/var").minsize(1L))
                .disk(DiskCustomization.builder().build()));
        assertThat(summary(both)).containsExactly("FS-DISK-EXCLUSIVE " + FS + " WARNING");
        assertThat(strictSummary(both)).containsExactly("FS-DISK-EXCLUSIVE " + FS + " ERROR");
        assertThat(messages(both, "FS-DISK-EXCLUSIVE"))
                .containsExactly("filesystem and disk cannot be used together; the build refuses them.");
        assertThat(strictSummary(blueprint(c -> c.disk(DiskCustomization.builder().build())))).isEmpty();
        assertThat(strictSummary(blueprint(c -> c.addFilesystem(f -> f.mountpoint("/var").minsize(1L))))).isEmpty();
    }

    @Test
    void exclusivityInADocument() {
        Blueprint bp = Blueprints.readToml("""
                name = "both"

                [[customizations.filesystem]]
                mountpoint = "/var"
                minsize = "1 GiB"

                [customizations.disk]
                type = "gpt"
                """);
        assertThat(summary(bp)).containsExactly("FS-DISK-EXCLUSIVE " + FS + " WARNING");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"auto-lvm", "lvm", "raw"})
    void knownPartitioningModes(String mode) {
        assertThat(strictSummary(blueprint(c -> c.partitioningMode(mode)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"btrfs", "LVM", "auto_lvm", " raw"})
    void unknownPartitioningModes(String mode) {
        Blueprint bp = blueprint(c -> c.partitioningMode(mode));
        assertThat(summary(bp)).containsExactly("PM-ENUM customizations.partitioning_mode ERROR");
        assertThat(messages(bp, "PM-ENUM"))
                .containsExactly("The partitioning mode must be auto-lvm, lvm or raw, not \"" + mode + "\".");
    }

    @Test
    void customizationsBuiltEmptyAreSafe() {
        assertThat(summary(Blueprint.builder().name("x").customizations(Customizations.builder().build()).build())).isEmpty();
    }
}
