package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.DiskCustomization;
import io.github.blueprint4j.validation.BlueprintValidator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Validates blueprints for the disk-area tests (image-builder profile, no path policies) and
 * keeps only the findings of the disk area's rules, so that other areas' rules do not disturb
 * the assertions.
 */
final class DiskFindings {

    /** The rule ids of the disk area. */
    static final Set<String> CODES = Set.of(
            "FS-MOUNTPOINT-REQUIRED", "FS-MINSIZE-REQUIRED", "FS-BOOT-EFI-HISTORY", "FS-MOUNTPOINT-UNIQUE",
            "FS-DISK-EXCLUSIVE", "DISK-TYPE-ENUM", "DISK-DOS-MAX-PARTS", "DISK-SECTOR-SIZE-POW2",
            "DISK-SECTOR-SIZE-TYPE", "PART-TYPE-ENUM", "PART-MINSIZE-REQUIRED", "PART-KEYS-BY-TYPE",
            "PART-PARTTYPE-FORMAT", "PART-PARTUUID-FORMAT", "PART-PARTLABEL", "PLAIN-FSTYPE",
            "PLAIN-SWAP-NONE-NO-MOUNT", "DISK-MOUNTPOINT-VALID", "DISK-MOUNTPOINT-UNIQUE", "DISK-BOOT-FSTYPE",
            "LVM-VG-NAME-UNIQUE", "LVM-FOREIGN-FIELDS", "LV-MINSIZE-REQUIRED", "LV-NAME-UNIQUE",
            "LV-SWAP-NO-MOUNT", "LV-FSTYPE", "LV-NOT-BOOT", "LVM-HAS-LVS", "BTRFS-NO-MOUNTPOINT",
            "BTRFS-SUBVOLS-REQUIRED", "BTRFS-NO-LVS", "BTRFS-SUBVOL-NAME-REQUIRED", "BTRFS-SUBVOL-NAME-UNIQUE",
            "BTRFS-SUBVOL-KEYS", "BTRFS-SUBVOL-NOT-ESP", "DISK-LAYOUT-NO-MIX", "DISK-LAYOUT-ONE-VG",
            "DISK-LAYOUT-ONE-BTRFS", "PM-ENUM");

    private static final BlueprintValidator DEFAULT = RuleChecks.DEFAULT;
    private static final BlueprintValidator STRICT = RuleChecks.STRICT;

    private DiskFindings() {
    }

    /** A named blueprint with the given customizations. */
    static Blueprint blueprint(Consumer<Customizations.Builder> customizations) {
        return Blueprint.builder().name("disk-test").customizations(customizations).build();
    }

    /** A named blueprint with the given disk. */
    static Blueprint disk(Consumer<DiskCustomization.Builder> disk) {
        return blueprint(c -> c.disk(disk));
    }

    /** The disk-area findings of a default validation. */
    static List<Diagnostic> of(Blueprint blueprint) {
        return mine(DEFAULT, blueprint);
    }

    /** The disk-area findings of a strict validation. */
    static List<Diagnostic> strict(Blueprint blueprint) {
        return mine(STRICT, blueprint);
    }

    /** The disk-area findings of a default validation as {@code "CODE path SEVERITY"}. */
    static List<String> summary(Blueprint blueprint) {
        return summarize(of(blueprint));
    }

    /** The disk-area findings of a strict validation as {@code "CODE path SEVERITY"}. */
    static List<String> strictSummary(Blueprint blueprint) {
        return summarize(strict(blueprint));
    }

    /** The messages of the disk-area findings with one code. */
    static List<String> messages(Blueprint blueprint, String code) {
        return of(blueprint).stream().filter(d -> d.code().equals(code)).map(Diagnostic::message).toList();
    }

    private static List<Diagnostic> mine(BlueprintValidator validator, Blueprint blueprint) {
        return RuleChecks.findings(validator, blueprint, CODES);
    }

    private static List<String> summarize(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code() + " " + d.path() + " " + d.severity()).toList();
    }
}
