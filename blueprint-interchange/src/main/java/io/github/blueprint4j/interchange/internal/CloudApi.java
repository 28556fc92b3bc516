package io.github.blueprint4j.interchange.internal;

import static io.github.blueprint4j.interchange.internal.Shared.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.interchange.ConversionOptions;

/**
 * The osbuild-composer cloud API v2 {@code ComposeRequest} with a {@code Blueprint}, and the
 * classic blueprint, both ways (specification: interchange.md section 2).
 */
public final class CloudApi {

    /** The target's name in messages. */
    public static final String NAME = "the cloud API blueprint";

    /** The rules of the {@code Blueprint} object, the one table of key names for both directions. */
    public static final Rules BLUEPRINT = blueprint();

    private CloudApi() {
    }

    private static Rules blueprint() {
        Rules user = new Rules().same("name", "description", "password", "key", "home", "shell", "groups", "uid", "gid")
                .requires("name");
        Shared.dropAll(user, NAME, "customizations.user[]", "expiredate", "force_password_reset");
        Rules file = new Rules().same("path", "mode", "user", "group", "data")
                .drop("uri", "customizations.files[].uri names a file on the machine that reads the blueprint; "
                        + NAME + " has no such key and it is not written.");
        Rules repository = new Rules().same("id", "baseurls", "gpgkeys", "metalink", "mirrorlist", "name", "priority",
                        "enabled", "gpgcheck", "repo_gpgcheck", "sslverify", "filename", "module_hotfixes")
                .customForward("install_from", Shared.droppedIfTrue("customizations.repositories[].install_from has no "
                        + "counterpart in " + NAME + " (osbuild-composer would ignore it); it is not written."));
        Rules installer = new Rules().same("unattended", "sudo-nopasswd");
        Shared.dropAll(installer, NAME, "customizations.installer", "kickstart", "modules", "bootloader", "payload");
        Rules customizations = new Rules()
                .same("hostname", "installation_device", "fips")
                .object("kernel", "kernel", new Rules().same("name", "append"))
                .objects("sshkey", "sshkey", new Rules().same("user", "key").requires("user", "key"))
                .objects("user", "user", user)
                .objects("group", "group", new Rules().same("name", "gid").requires("name"))
                .object("timezone", "timezone", new Rules().same("timezone", "ntpservers"))
                .object("locale", "locale", new Rules().same("languages", "keyboard"))
                .object("firewall", "firewall", new Rules().same("ports")
                        .object("services", "services", new Rules().same("enabled", "disabled"))
                        .objects("zones", "zones", new Rules().same("name", "sources")))
                .object("services", "services", new Rules().same("enabled", "disabled", "masked"))
                .objects("filesystem", "filesystem", new Rules().same("mountpoint").requires("mountpoint", "minsize")
                        .custom("minsize", (value, out, path, target, report) ->
                                        Shared.sizeString(value, out, "minsize", path, Paths.child(target, "minsize"), report),
                                "minsize", (value, out, path, target, report) -> out.set("minsize", value.deepCopy())))
                .with(own -> Shared.layout(own, NAME))
                .object("fdo", "fdo", new Rules().same("manufacturing_server_url", "diun_pub_key_insecure",
                        "diun_pub_key_hash", "diun_pub_key_root_certs", "di_mfg_string_type_mac_iface"))
                .object("openscap", "openscap", new Rules().same("policy_id", "profile_id", "datastream")
                        .object("tailoring", "tailoring", new Rules().same("selected", "unselected"))
                        .object("json_tailoring", "json_tailoring", new Rules().same("profile_id", "filepath")
                                .requires("profile_id", "filepath"))
                        .requires("profile_id"))
                .object("ignition", "ignition", new Rules()
                        .object("embedded", "embedded", new Rules().same("config").requires("config"))
                        .object("firstboot", "firstboot", Shared.dropAll(new Rules().same("url"), NAME,
                                "customizations.ignition.firstboot", "empty").requires("url")))
                .objects("directories", "directories", new Rules().same("path", "mode", "user", "group", "ensure_parents")
                        .requires("path"))
                .objects("files", "files", file.requires("path"))
                .objects("repositories", "repositories", repository.requires("id"))
                .object("installer", "installer", installer)
                .same("rpm", "rhsm")
                .custom("cacerts", unverified("cacerts"), "cacerts", copy("cacerts"))
                .custom("dnf", unverified("dnf"), "dnf", copy("dnf"));
        Shared.dropAll(customizations, NAME, "customizations", "containers-storage", "firstboot", "iso", "sshd",
                "bootloader");
        return new Rules()
                .same("name", "description", "version", "distro")
                // moved to the image request by toCloudApi before these rules run
                .customForward("architecture", (value, out, path, target, report) -> { })
                .objects("packages", "packages", new Rules().same("name", "version").requires("name"))
                .objects("modules", "modules", new Rules().same("name", "version").requires("name"))
                .objects("groups", "groups", new Rules().same("name").requires("name"))
                .objects("enabled_modules", "enabled_modules", new Rules().same("name", "stream").requires("name", "stream"))
                .objects("containers", "containers", Shared.containers(NAME).requires("source"))
                .object("customizations", "customizations", customizations);
    }

    /**
     * Returns the classic path of a value at a path of a compose request (or of a bare cloud API
     * {@code Blueprint}), from the key table.
     *
     * @param cloudPath the path in the cloud API document
     * @param document  the document
     * @return the classic path, or {@code null} when the value has no place in a classic blueprint
     */
    public static String classicPath(String cloudPath, JsonNode document) {
        if (!document.has("blueprint")) {
            return BLUEPRINT.classicPath(cloudPath);
        }
        if (cloudPath.equals("distribution")) {
            return "distro";
        }
        if (cloudPath.matches("image_request\\.architecture|image_requests\\[\\d+]\\.architecture")) {
            return "architecture";
        }
        return cloudPath.startsWith("blueprint.") ? BLUEPRINT.classicPath(cloudPath.substring("blueprint.".length()))
                : null;
    }

    /**
     * Returns the path in a cloud API document of a value at a classic path of the blueprint
     * converted from it: the inverse of {@link #classicPath(String, JsonNode)}.
     *
     * @param classicPath the classic path
     * @param document    the document the blueprint was converted from
     * @return the cloud API path, or {@code null} when the value has no place in the document
     */
    public static String cloudPath(String classicPath, JsonNode document) {
        if (!document.has("blueprint")) {
            return BLUEPRINT.targetPath(classicPath);
        }
        if (classicPath.equals("architecture")) {
            return document.has("image_request") ? "image_request.architecture" : "image_requests[0].architecture";
        }
        if (classicPath.equals("distro") && !document.path("blueprint").has("distro")) {
            return "distribution";
        }
        String inner = BLUEPRINT.targetPath(classicPath);
        return inner == null ? null : Paths.child("blueprint", inner);
    }

    private static Rules.Step unverified(String key) {
        return (value, out, path, target, report) -> {
            out.set(key, value.deepCopy());
            report.add(Report.UNVERIFIED, path, Paths.child(target, key), path + " is written, but osbuild-composer's "
                    + "conversion of the cloud API blueprint (as last read) does not carry it into the build.",
                    "check that your osbuild-composer version applies it");
        };
    }

    private static Rules.Step copy(String key) {
        return (value, out, path, target, report) -> out.set(key, value.deepCopy());
    }

    /**
     * Converts a classic blueprint (as its JSON tree) into a {@code ComposeRequest}.
     *
     * @param classic the classic JSON tree
     * @param options what the caller supplies
     * @param report  the report
     * @return the compose request
     */
    public static ObjectNode toCloudApi(JsonNode classic, ConversionOptions options, Report report) {
        ObjectNode request = NODES.objectNode();
        String distro = classic.has("distro") ? classic.get("distro").asText() : options.distribution();
        if (report.needed(distro, "distribution", "The blueprint has no distro, and the compose request needs "
                + "a distribution to build.", Report.IN_BLUEPRINT_OR_OPTIONS)) {
            request.put("distribution", distro);
        }
        ObjectNode blueprint = NODES.objectNode();
        ObjectNode rest = classic.deepCopy();
        JsonNode architecture = rest.remove("architecture");
        if (!rest.has("name") && report.needed(options.name(), "blueprint.name", "The cloud API blueprint requires a "
                + "name; the blueprint has none.", Report.IN_BLUEPRINT_OR_OPTIONS)) {
            blueprint.put("name", options.name());
        }
        BLUEPRINT.toTarget(rest, blueprint, "", "blueprint", report);
        request.set("blueprint", blueprint);

        String arch = architecture != null ? architecture.asText() : options.architecture();
        boolean hasArchitecture = report.needed(arch, "image_request.architecture", "The blueprint has no architecture, "
                + "which the image request needs.", Report.IN_BLUEPRINT_OR_OPTIONS);
        boolean hasImageType = report.needed(options.imageType(), "image_request.image_type", "An image request needs an "
                + "image type, which a blueprint does not say.", Report.IN_OPTIONS);
        if (hasArchitecture && hasImageType) {
            ObjectNode image = request.putObject("image_request");
            image.put("architecture", arch);
            image.put("image_type", options.imageType());
            image.putArray("repositories");
        }
        return request;
    }

    /**
     * Converts a {@code ComposeRequest} (or a bare cloud API {@code Blueprint}) into the classic JSON tree.
     *
     * @param document the compose request or blueprint
     * @param report   the report
     * @return the classic JSON tree
     */
    public static ObjectNode toClassic(JsonNode document, Report report) {
        ObjectNode classic = NODES.objectNode();
        if (!document.has("blueprint")) {
            BLUEPRINT.toClassic(document, classic, "", "", report);
            return classic;
        }
        BLUEPRINT.toClassic(document.get("blueprint"), classic, "blueprint", "", report);
        for (var field : document.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "blueprint" -> { }
                case "distribution" -> {
                    if (!classic.has("distro")) {
                        classic.put("distro", value.asText());
                    } else if (!classic.get("distro").asText().equals(value.asText())) {
                        report.add(Report.LOSSY, key, "distro", "distribution differs from the blueprint's distro, which "
                                + "osbuild-composer lets win; distribution is not written.", null);
                    }
                }
                case "image_request" -> imageRequest(value, "image_request", classic, report);
                case "image_requests" -> {
                    for (int i = 0; i < value.size(); i++) {
                        imageRequest(value.get(i), Paths.index(key, i), classic, report);
                    }
                }
                default -> report.dropped(key, key + " is part of the compose request, not of a classic blueprint; "
                        + "it is not written.");
            }
        }
        return classic;
    }

    private static void imageRequest(JsonNode request, String path, ObjectNode classic, Report report) {
        for (var field : request.properties()) {
            String keyPath = Paths.child(path, field.getKey());
            if (field.getKey().equals("architecture")) {
                if (!classic.has("architecture")) {
                    classic.put("architecture", field.getValue().asText());
                } else if (!classic.get("architecture").asText().equals(field.getValue().asText())) {
                    report.add(Report.LOSSY, keyPath, "architecture", keyPath + " differs from the first image request's; "
                            + "a classic blueprint has one architecture, the first one's.", null);
                }
            } else if (!(field.getKey().equals("repositories") && field.getValue().isEmpty())) {
                report.dropped(keyPath, keyPath + " is a build option, not part of a classic blueprint; it is not written.");
            }
        }
    }
}
