package io.github.blueprint4j.interchange.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.model.DataSize;
import java.math.BigInteger;
import java.util.Set;

/** Rules the hosted service and the cloud API share: containers, the disk layout, sizes. */
final class Shared {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> FS_TYPES = Set.of("ext4", "xfs", "vfat", "swap");

    private Shared() {
    }

    /** {@code containers[]}: the dashed {@code tls-verify} is {@code tls_verify} there; no local storage. */
    static Rules containers(String targetName) {
        return new Rules()
                .same("source", "name")
                .rename("tls-verify", "tls_verify")
                .drop("local-storage", "containers[].local-storage has no counterpart in " + targetName
                        + "; it is not written (the image pulls the container from its source).");
    }

    /** Writes a size as the target's size string: an integer of bytes becomes a numeric string. */
    static void sizeString(JsonNode value, ObjectNode out, String key, String sourcePath, String targetPath, Report report) {
        if (value.isNumber()) {
            out.put(key, value.bigIntegerValue().toString());
            report.add(Report.REWRITTEN, sourcePath, targetPath,
                    sourcePath + " is written as the string \"" + value.bigIntegerValue() + "\": " + report.targetName()
                            + " takes sizes as strings only.", null);
        } else {
            out.set(key, value.deepCopy());
        }
    }

    /** Writes a size as an integer of bytes; a size string is parsed. Returns false if it could not be. */
    static boolean sizeBytes(JsonNode value, ObjectNode out, String key, String sourcePath, String targetPath, Report report) {
        if (value.isIntegralNumber()) {
            out.put(key, value.bigIntegerValue());
            return true;
        }
        BigInteger bytes;
        try {
            bytes = DataSize.parse(value.asText()).toBigInteger();
        } catch (RuntimeException e) {
            report.add(Report.REFUSED, sourcePath, targetPath, sourcePath + " is not a size " + report.targetName()
                    + " can take; it is not written.", "write the size in bytes");
            return false;
        }
        out.put(key, bytes);
        report.add(Report.REWRITTEN, sourcePath, targetPath, sourcePath + " (\"" + value.asText() + "\") is written as "
                + bytes + " bytes: " + report.targetName() + " takes this size as an integer of bytes.", null);
        return true;
    }

    /** The disk layout: sizes as strings, the partition type explicit, what has no place reported. */
    static Rules disk(String targetName) {
        Rules logicalVolume = new Rules().same("name", "mountpoint", "label", "fs_type", "minsize");
        Rules subvolume = new Rules().same("name", "mountpoint");
        Rules partition = new Rules()
                .same("type", "part_type", "minsize", "mountpoint", "label", "fs_type", "name")
                .objects("logical_volumes", "logical_volumes", logicalVolume)
                .objects("subvolumes", "subvolumes", subvolume);
        return new Rules()
                .same("type", "minsize")
                .objects("partitions", "partitions", partition)
                .drop("start_offset", "customizations.disk.start_offset has no counterpart in " + targetName
                        + "; it is not written (the first partition starts where the image type puts it).")
                .drop("sector_size", "customizations.disk.sector_size has no counterpart in " + targetName
                        + "; it is not written.");
    }

    /**
     * Adds the rules of {@code customizations.disk} and {@code partitioning_mode}, which the
     * hosted service and the cloud API take alike.
     *
     * @param rules      the rules of {@code customizations}
     * @param targetName the target's name in messages
     * @return the rules
     */
    static Rules layout(Rules rules, String targetName) {
        Rules disk = disk(targetName);
        return rules.custom("disk", Shared::diskToTarget, "disk", (value, out, path, target, report) -> {
                    ObjectNode converted = NODES.objectNode();
                    disk.toClassic(value, converted, path, Paths.child(target, "disk"), report);
                    out.set("disk", converted);
                }, disk)
                .custom("partitioning_mode", Shared::partitioningMode, "partitioning_mode",
                        (value, out, path, target, report) -> out.set("partitioning_mode", value.deepCopy()));
    }

    /** Converts {@code customizations.disk} toward the target. */
    static void diskToTarget(JsonNode disk, ObjectNode out, String path, String targetBase, Report report) {
        String targetPath = Paths.child(targetBase, "disk");
        ObjectNode converted = NODES.objectNode();
        for (var field : disk.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String keyPath = Paths.child(path, key);
            switch (key) {
                case "type" -> {
                    if (Set.of("gpt", "dos").contains(value.asText())) {
                        converted.set("type", value.deepCopy());
                    } else {
                        report.add(Report.REFUSED, keyPath, Paths.child(targetPath, "type"), keyPath + " \"" + value.asText()
                                + "\" is not a partition table " + report.targetName() + " takes (gpt, dos); it is not written.",
                                null);
                    }
                }
                case "minsize" -> sizeString(value, converted, "minsize", keyPath, Paths.child(targetPath, "minsize"), report);
                case "partitions" -> { }
                case "start_offset", "sector_size" -> report.dropped(keyPath, keyPath + " has no counterpart in "
                        + report.targetName() + "; it is not written.");
                default -> report.dropped(keyPath, null);
            }
        }
        ArrayNode partitions = converted.putArray("partitions");
        JsonNode source = disk.path("partitions");
        for (int i = 0; i < source.size(); i++) {
            partitionToTarget(source.get(i), partitions, Paths.index(Paths.child(path, "partitions"), i),
                    Paths.child(targetPath, "partitions"), report);
        }
        out.set("disk", converted);
    }

    private static void partitionToTarget(JsonNode partition, ArrayNode out, String path, String listPath, Report report) {
        String type = partition.path("type").asText("plain");
        String targetPath = Paths.index(listPath, out.size());
        String needs = switch (type) {
            case "plain" -> null;
            case "lvm" -> "logical_volumes";
            case "btrfs" -> "subvolumes";
            default -> "";
        };
        if (needs != null && (needs.isEmpty() || partition.path(needs).isEmpty())) {
            report.add(Report.REFUSED, path, targetPath, path + (needs.isEmpty() ? " has type \"" + type
                    + "\", which " + report.targetName() + " does not take (plain, lvm, btrfs)"
                    : " is a " + type + " partition without " + needs + ", which " + report.targetName() + " requires")
                    + "; the partition is not written.", null);
            return;
        }
        if (type.equals("plain") && !FS_TYPES.contains(partition.path("fs_type").asText())) {
            report.dropped(path, path + " is a plain partition with fs_type \""
                    + partition.path("fs_type").asText("") + "\", which " + report.targetName()
                    + " cannot describe (it takes ext4, xfs, vfat or swap); the partition is not written.");
            return;
        }
        ObjectNode converted = NODES.objectNode();
        converted.put("type", type);
        if (!partition.has("type")) {
            report.add(Report.REWRITTEN, path, Paths.child(targetPath, "type"), path + " has no type; it is written as \"plain\", "
                    + "which " + report.targetName() + " needs explicitly.", null);
        }
        for (var field : partition.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String keyPath = Paths.child(path, key);
            switch (key) {
                case "type" -> { }
                case "part_type", "mountpoint", "label", "fs_type", "name" -> converted.set(key, value.deepCopy());
                case "minsize" -> sizeString(value, converted, "minsize", keyPath, Paths.child(targetPath, "minsize"), report);
                case "logical_volumes" -> {
                    ArrayNode volumes = converted.putArray("logical_volumes");
                    for (int i = 0; i < value.size(); i++) {
                        logicalVolumeToTarget(value.get(i), volumes, Paths.index(keyPath, i),
                                Paths.child(targetPath, "logical_volumes"), report);
                    }
                }
                case "subvolumes" -> converted.set("subvolumes", value.deepCopy());
                case "part_label", "part_uuid" -> report.dropped(keyPath, keyPath + " has no counterpart in "
                        + report.targetName() + "; it is not written.");
                default -> report.dropped(keyPath, null);
            }
        }
        out.add(converted);
    }

    private static void logicalVolumeToTarget(JsonNode volume, ArrayNode out, String path, String listPath, Report report) {
        if (!FS_TYPES.contains(volume.path("fs_type").asText())) {
            report.dropped(path, path + " has fs_type \"" + volume.path("fs_type").asText("")
                    + "\", which " + report.targetName() + " cannot describe; the logical volume is not written.");
            return;
        }
        String targetPath = Paths.index(listPath, out.size());
        ObjectNode converted = NODES.objectNode();
        for (var field : volume.properties()) {
            String key = field.getKey();
            String keyPath = Paths.child(path, key);
            switch (key) {
                case "name", "mountpoint", "label", "fs_type" -> converted.set(key, field.getValue().deepCopy());
                case "minsize" -> sizeString(field.getValue(), converted, "minsize", keyPath,
                        Paths.child(targetPath, "minsize"), report);
                default -> report.dropped(keyPath, null);
            }
        }
        out.add(converted);
    }

    /** {@code partitioning_mode}: the targets take raw, lvm and auto-lvm. */
    static void partitioningMode(JsonNode value, ObjectNode out, String path, String targetBase, Report report) {
        String mode = value.asText();
        if (mode.isEmpty()) {
            return;
        }
        if (Set.of("raw", "lvm", "auto-lvm").contains(mode)) {
            out.put("partitioning_mode", mode);
        } else {
            report.add(Report.REFUSED, path, Paths.child(targetBase, "partitioning_mode"), path + " \"" + mode + "\" is not a mode "
                    + report.targetName() + " takes (raw, lvm, auto-lvm); it is not written.", null);
        }
    }

    /**
     * A flag the target has no place for: {@code true} is dropped and reported; {@code false},
     * the default the reference writes for an absent flag, is left out with no loss.
     */
    static Rules.Step droppedIfTrue(String why) {
        return (value, out, path, target, report) -> {
            if (value.asBoolean(true)) {
                report.dropped(path, why);
            }
        };
    }

    /** The keys a target has no place for, with one message. */
    static Rules dropAll(Rules rules, String targetName, String section, String... keys) {
        for (String key : keys) {
            rules.drop(key, Paths.child(section, key) + " has no counterpart in " + targetName + "; it is not written.");
        }
        return rules;
    }
}
