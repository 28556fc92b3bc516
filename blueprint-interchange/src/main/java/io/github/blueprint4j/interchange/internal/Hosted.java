package io.github.blueprint4j.interchange.internal;

import static io.github.blueprint4j.interchange.internal.Shared.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.interchange.ConversionOptions;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosted Image Builder service's {@code CreateBlueprintRequest} (API v1) and the classic
 * blueprint, both ways (specification: interchange.md section 1).
 */
public final class Hosted {

    /** The target's name in messages. */
    public static final String NAME = "the hosted service's request";

    /** The hosted {@code Distributions} enum (checked against the OpenAPI document by a test). */
    public static final List<String> DISTRIBUTIONS = List.of("rhel-8", "rhel-8-nightly", "rhel-84", "rhel-85",
            "rhel-86", "rhel-87", "rhel-88", "rhel-89", "rhel-8.10", "rhel-9", "rhel-9-nightly", "rhel-9.6-nightly",
            "rhel-9.7-nightly", "rhel-9.8-nightly", "rhel-9.9-nightly", "rhel-9-beta", "rhel-90", "rhel-91", "rhel-92",
            "rhel-93", "rhel-94", "rhel-95", "rhel-9.6", "rhel-9.7", "rhel-9.8", "rhel-10", "rhel-10-nightly",
            "rhel-10.0-nightly", "rhel-10.1-nightly", "rhel-10.2-nightly", "rhel-10.3-nightly", "rhel-10-beta",
            "rhel-10.0", "rhel-10.1", "rhel-10.2", "centos-9", "centos-10", "fedora-37", "fedora-38", "fedora-39",
            "fedora-40", "fedora-41", "fedora-42", "fedora-43", "fedora-44", "fedora-45", "hummingbird");
    /** The hosted architectures. */
    public static final Set<String> ARCHITECTURES = Set.of("x86_64", "aarch64");

    private static final Pattern DOTTED_MINOR = Pattern.compile("rhel-([89])\\.(\\d)");
    private static final Pattern DOTLESS_MINOR = Pattern.compile("rhel-([89])(\\d)");
    private static final Pattern PACKAGE_ENTRY = Pattern.compile("packages\\[(\\d+)]");
    private static final Pattern CLASSIC_PACKAGE = Pattern.compile("(packages|groups)\\[(\\d+)].*");
    private static final int NAME_LIMIT = 100;
    private static final int FILESYSTEM_LIMIT = 128;
    private static final int DESCRIPTION_LIMIT = 250;

    /** The rules of {@code customizations}, the one table of key names for both directions. */
    public static final Rules CUSTOMIZATIONS = customizations();
    /** The root of a classic blueprint: what the hosted request takes from it, and where. */
    public static final Rules ROOT = new Rules()
            .customForward("name", (value, out, path, target, report) -> { })
            .customForward("description", (value, out, path, target, report) -> {
                if (value.asText().length() > DESCRIPTION_LIMIT) {
                    report.add(Report.REFUSED, path, path, "description has " + value.asText().length()
                            + " characters; the hosted service takes " + DESCRIPTION_LIMIT + " at most, so it is not written.",
                            "shorten the description");
                } else {
                    out.set("description", value.deepCopy());
                }
            })
            .drop("version", "version has no counterpart in " + NAME
                    + ": the hosted service numbers the versions of a blueprint itself; it is not written.")
            .customForward("distro", (value, out, path, target, report) -> distribution(value.asText(), path, out, report))
            .customForward("architecture", (value, out, path, target, report) -> { })
            .customForward("packages", (value, out, path, target, report) -> { })
            .customForward("modules", (value, out, path, target, report) -> { })
            .customForward("groups", (value, out, path, target, report) -> { })
            .customForward("enabled_modules", (value, out, path, target, report) -> { })
            .customForward("containers", (value, out, path, target, report) -> { })
            .customForward("customizations", (value, out, path, target, report) -> { });

    /** The classic content lists that the hosted service keeps in {@code customizations}. */
    public static final Rules CONTENT = new Rules()
            .objects("enabled_modules", "enabled_modules", new Rules().same("name", "stream").requires("name", "stream"))
            .objects("containers", "containers", Shared.containers(NAME).requires("source"));

    private Hosted() {
    }

    private static Rules customizations() {
        Rules user = new Rules().same("name", "password", "groups").rename("key", "ssh_key").requires("name")
                .targetOnly("hasPassword", "customizations.users[].hasPassword only says that the user has a password, "
                        + "which the hosted service never returns; the classic user gets no password.");
        Shared.dropAll(user, NAME, "customizations.user[]", "description", "home", "shell", "uid", "gid",
                "expiredate", "force_password_reset");
        Rules repository = new Rules()
                .same("id", "name", "filename", "mirrorlist", "metalink", "enabled", "priority", "module_hotfixes")
                .rename("baseurls", "baseurl").rename("gpgkeys", "gpgkey").rename("gpgcheck", "check_gpg")
                .rename("repo_gpgcheck", "check_repo_gpg").rename("sslverify", "ssl_verify")
                .requires("id")
                .customForward("install_from", Shared.droppedIfTrue("customizations.repositories[].install_from has no "
                        + "exact counterpart in " + NAME + " (payload_repositories take one baseurl and one gpgkey, and their "
                        + "effect is not verified to be the same); it is not written."));
        Rules file = new Rules().same("path", "mode", "user", "group", "data").requires("path")
                .drop("uri", "customizations.files[].uri names a file on the machine that reads the blueprint; "
                        + NAME + " has no such key and it is not written.")
                .targetOnly("ensure_parents", "customizations.files[].ensure_parents has no counterpart in a classic "
                        + "file (osbuild-composer drops it too); it is not written.");
        Rules openscap = new Rules().same("profile_id").requires("profile_id")
                .targetOnly("profile_name", "customizations.openscap.profile_name is a display string of the hosted "
                        + "service; the classic blueprint has no place for it.")
                .targetOnly("profile_description", "customizations.openscap.profile_description is a display string of "
                        + "the hosted service; the classic blueprint has no place for it.")
                .targetOnly("policy_id", "customizations.openscap.policy_id names an Insights Compliance policy, whose "
                        + "profile and tailoring the hosted service fetches itself; the classic blueprint cannot say that.")
                .drop("policy_id", "customizations.openscap.policy_id is a free string in the classic blueprint but an "
                        + "Insights Compliance policy id in " + NAME + "; it is not written.");
        Shared.dropAll(openscap, NAME, "customizations.openscap", "datastream", "tailoring", "json_tailoring");
        Rules installer = new Rules().same("unattended", "sudo-nopasswd");
        Shared.dropAll(installer, NAME, "customizations.installer", "kickstart", "modules", "bootloader", "payload");
        Rules rules = new Rules()
                .same("hostname", "installation_device")
                .object("kernel", "kernel", new Rules().same("name", "append"))
                .customForward("sshkey", (value, out, path, target, report) -> { })
                .objects("user", "users", user)
                .objects("group", "groups", new Rules().same("name", "gid").requires("name"))
                .object("timezone", "timezone", new Rules().same("timezone", "ntpservers"))
                .object("locale", "locale", new Rules().same("languages", "keyboard"))
                .object("firewall", "firewall", new Rules().same("ports")
                        .object("services", "services", new Rules().same("enabled", "disabled"))
                        .drop("zones", "customizations.firewall.zones has no counterpart in " + NAME
                                + " (its firewall object is closed: the request would be refused); it is not written."))
                .object("services", "services", new Rules().same("enabled", "disabled", "masked"))
                .maxItems("filesystem", FILESYSTEM_LIMIT)
                .objects("filesystem", "filesystem", new Rules().same("mountpoint").requires("mountpoint", "min_size")
                        .custom("minsize", (value, out, path, target, report) ->
                                        Shared.sizeBytes(value, out, "min_size", path, Paths.child(target, "min_size"), report),
                                "min_size", (value, out, path, target, report) -> out.set("minsize", value.deepCopy())))
                .with(own -> Shared.layout(own, NAME))
                .object("fdo", "fdo", Shared.dropAll(new Rules().same("manufacturing_server_url", "diun_pub_key_insecure",
                        "diun_pub_key_hash", "diun_pub_key_root_certs"), NAME, "customizations.fdo",
                        "di_mfg_string_type_mac_iface"))
                .object("openscap", "openscap", openscap)
                .object("ignition", "ignition", new Rules()
                        .object("embedded", "embedded", new Rules().same("config").requires("config"))
                        .object("firstboot", "firstboot", Shared.dropAll(new Rules().same("url"), NAME,
                                "customizations.ignition.firstboot", "empty").requires("url")))
                .objects("directories", "directories", new Rules().same("path", "mode", "user", "group", "ensure_parents")
                        .requires("path"))
                .custom("files", (value, out, path, target, report) -> {
                    ArrayNode files = out.putArray("files");
                    for (int i = 0; i < value.size(); i++) {
                        ObjectNode converted = Shared.NODES.objectNode();
                        String targetPath = Paths.index(Paths.child(target, "files"), files.size());
                        file.toTarget(value.get(i), converted, Paths.index(path, i), targetPath, report);
                        if (file.complete(converted, Paths.index(path, i), targetPath, report)) {
                            files.add(converted);
                        }
                    }
                }, "files", (value, out, path, target, report) -> {
                    ArrayNode files = out.putArray("files");
                    for (int i = 0; i < value.size(); i++) {
                        ObjectNode converted = files.addObject();
                        fileToClassic(value.get(i), converted, file, Paths.index(path, i),
                                Paths.index(Paths.child(target, "files"), i), report);
                    }
                }, file)
                .objects("repositories", "custom_repositories", repository)
                .custom("fips", (value, out, path, target, report) -> out.putObject("fips").set("enabled", value.deepCopy()),
                        "fips", (value, out, path, target, report) -> {
                            if (value.has("enabled")) {
                                out.set("fips", value.get("enabled").deepCopy());
                            }
                        })
                .object("installer", "installer", installer)
                .object("cacerts", "cacerts", new Rules().same("pem_certs"))
                .targetOnly("subscription", "customizations.subscription registers the image with Red Hat at build time; "
                        + "a classic blueprint cannot say that (it is a build option of osbuild-composer and image-builder).")
                .targetOnly("aap_registration", "customizations.aap_registration has no exact classic counterpart "
                        + "(firstboot scripts of type aap come closest, without skip_tls_verification); it is not written.")
                .targetOnly("payload_repositories", "customizations.payload_repositories are used for the build only; "
                        + "a classic blueprint can only add repositories to the image (install_from), so they are not written.");
        // converted into the classic root by toClassic before these rules run
        rules.customReverse("packages", (value, out, path, target, report) -> { })
                .customReverse("enabled_modules", (value, out, path, target, report) -> { })
                .customReverse("containers", (value, out, path, target, report) -> { });
        return Shared.dropAll(rules, NAME, "customizations", "rpm", "rhsm", "containers-storage", "firstboot", "dnf",
                "iso", "sshd", "bootloader");
    }

    /**
     * Converts a classic blueprint (as its JSON tree) into a {@code CreateBlueprintRequest}.
     *
     * @param classic the classic JSON tree
     * @param options what the caller supplies
     * @param report  the report
     * @return the request
     */
    public static ObjectNode toHosted(JsonNode classic, ConversionOptions options, Report report) {
        ObjectNode request = NODES.objectNode();
        String name = classic.path("name").asText("");
        if (name.isBlank() && options.name() != null) {
            name = options.name();
        }
        if (name.isBlank() && classic.has("name")) {
            report.add(Report.REFUSED, "name", "name", "name has no non-blank character, which the hosted service "
                    + "requires; it is not written.", "give the blueprint a name, or one in the conversion options");
        } else if (name.isBlank()) {
            report.needed(null, "name", "The hosted service requires a name with a non-blank character; the blueprint "
                    + "has none.", Report.IN_BLUEPRINT_OR_OPTIONS);
        } else if (name.length() > NAME_LIMIT) {
            report.add(Report.REFUSED, "name", "name", "name has " + name.length() + " characters; the hosted service takes "
                    + NAME_LIMIT + " at most, so it is not written.", "shorten the name");
        } else {
            request.put("name", name);
        }
        ROOT.toTarget(classic, request, "", "", report);
        if (!classic.has("distro")) {
            if (report.needed(options.distribution(), "distribution", "The blueprint has no distro, which the hosted "
                    + "service takes as distribution (the server's own distribution is what a classic blueprint means).",
                    Report.IN_BLUEPRINT_OR_OPTIONS)) {
                distribution(options.distribution(), null, request, report);
            }
        }
        ObjectNode imageRequest = imageRequest(classic, options, report);
        if (imageRequest != null) {
            request.putArray("image_requests").add(imageRequest);
        }
        ObjectNode customizations = request.putObject("customizations");
        packagesToHosted(classic, customizations, report);
        ObjectNode content = NODES.objectNode();
        for (String key : List.of("enabled_modules", "containers")) {
            if (classic.has(key)) {
                content.set(key, classic.get(key));
            }
        }
        CONTENT.toTarget(content, customizations, "", "customizations", report);
        JsonNode source = classic.path("customizations");
        if (source.isObject() && source.isEmpty()) {
            report.add(Report.REWRITTEN, "customizations", "customizations", "customizations is empty; the hosted "
                    + "service's request always has customizations, so an empty one does not come back.", null);
        } else if (source.isObject()) {
            CUSTOMIZATIONS.toTarget(source, customizations, "customizations", "customizations", report);
            foldSshKeys(source, customizations, report);
        }
        return request;
    }

    /**
     * Returns the classic path of a value at a path of a hosted document, from the key tables
     * (indexes kept; the entries of {@code customizations.packages} counted apart as packages and
     * {@code @}groups, as the conversion to classic splits them).
     *
     * @param hostedPath the path in the hosted document
     * @param hosted     the hosted document
     * @return the classic path, or {@code null} when the value has no place in a classic blueprint
     */
    public static String classicPath(String hostedPath, JsonNode hosted) {
        if (hostedPath.equals("name") || hostedPath.equals("description")) {
            return hostedPath;
        }
        if (hostedPath.equals("distribution")) {
            return "distro";
        }
        if (hostedPath.matches("image_requests\\[\\d+]\\.architecture")) {
            return "architecture";
        }
        if (hostedPath.equals("customizations")) {
            return hostedPath;
        }
        if (!hostedPath.startsWith("customizations.")) {
            return null;
        }
        String inner = hostedPath.substring("customizations.".length());
        Matcher entry = PACKAGE_ENTRY.matcher(inner);
        if (entry.matches()) {
            JsonNode packages = hosted.path("customizations").path("packages");
            int index = Integer.parseInt(entry.group(1));
            boolean group = packages.path(index).asText().startsWith("@");
            int position = 0;
            for (int i = 0; i < index; i++) {
                if (packages.get(i).asText().startsWith("@") == group) {
                    position++;
                }
            }
            return Paths.index(group ? "groups" : "packages", position);
        }
        String content = CONTENT.classicPath(inner);
        return content != null ? content : prefixed(CUSTOMIZATIONS.classicPath(inner));
    }

    /**
     * Returns the path in a hosted document of a value at a classic path of the blueprint
     * converted from it: the inverse of {@link #classicPath(String, JsonNode)}.
     *
     * @param classicPath the classic path
     * @param hosted      the hosted document the blueprint was converted from
     * @return the hosted path, or {@code null} when the value has no place in the hosted document
     */
    public static String hostedPath(String classicPath, JsonNode hosted) {
        if (classicPath.equals("name") || classicPath.equals("description") || classicPath.equals("customizations")) {
            return classicPath;
        }
        if (classicPath.equals("distro")) {
            return "distribution";
        }
        if (classicPath.equals("architecture")) {
            return "image_requests[0].architecture";
        }
        Matcher entry = CLASSIC_PACKAGE.matcher(classicPath);
        if (entry.matches()) {
            boolean group = entry.group(1).equals("groups");
            JsonNode packages = hosted.path("customizations").path("packages");
            int wanted = Integer.parseInt(entry.group(2));
            for (int i = 0, position = 0; i < packages.size(); i++) {
                if (packages.get(i).asText().startsWith("@") == group && position++ == wanted) {
                    return Paths.index("customizations.packages", i);
                }
            }
            return null;
        }
        if (classicPath.startsWith("customizations.")) {
            return prefixed(CUSTOMIZATIONS.targetPath(classicPath.substring("customizations.".length())));
        }
        return prefixed(CONTENT.targetPath(classicPath));
    }

    private static String prefixed(String path) {
        return path == null ? null : Paths.child("customizations", path);
    }

    private static void distribution(String distro, String path, ObjectNode request, Report report) {
        Matcher dotted = DOTTED_MINOR.matcher(distro);
        String hosted = dotted.matches() ? "rhel-" + dotted.group(1) + dotted.group(2) : distro;
        if (DISTRIBUTIONS.contains(hosted)) {
            request.put("distribution", hosted);
            if (!hosted.equals(distro)) {
                report.add(Report.REWRITTEN, path, "distribution", "distro \"" + distro + "\" is written as \"" + hosted
                        + "\", the hosted service's spelling of that release.", null);
            }
        } else if (DISTRIBUTIONS.contains(distro)) {
            request.put("distribution", distro);
        } else {
            report.add(Report.REFUSED, path, "distribution", "distro \"" + distro + "\" is not a distribution the hosted "
                    + "service knows; it is not written.", "choose one of " + String.join(", ", DISTRIBUTIONS));
        }
    }

    private static ObjectNode imageRequest(JsonNode classic, ConversionOptions options, Report report) {
        String architecture = classic.has("architecture") ? classic.get("architecture").asText() : options.architecture();
        boolean complete = report.needed(architecture, "image_requests[0].architecture", "The blueprint has no "
                + "architecture, which each hosted image request needs.", Report.IN_BLUEPRINT_OR_OPTIONS);
        if (complete && !ARCHITECTURES.contains(architecture)) {
            report.add(Report.REFUSED, classic.has("architecture") ? "architecture" : null, "image_requests[0].architecture",
                    "architecture \"" + architecture + "\" cannot be built by the hosted service (x86_64 and aarch64 only).",
                    null);
            complete = false;
        }
        complete &= report.needed(options.imageType(), "image_requests[0].image_type", "A hosted image request needs an "
                + "image type, which a blueprint does not say.", Report.IN_OPTIONS);
        complete &= report.needed(options.uploadType(), "image_requests[0].upload_request", "A hosted image request "
                + "needs an upload target, which a blueprint does not say.", Report.IN_OPTIONS);
        if (!complete) {
            return null;
        }
        ObjectNode request = NODES.objectNode();
        request.put("architecture", architecture);
        request.put("image_type", options.imageType());
        ObjectNode upload = request.putObject("upload_request");
        upload.put("type", options.uploadType());
        upload.set("options", JsonText.MAPPER.valueToTree(options.uploadOptions()));
        return request;
    }

    private static void packagesToHosted(JsonNode classic, ObjectNode customizations, Report report) {
        ArrayNode packages = NODES.arrayNode();
        for (String list : List.of("packages", "modules")) {
            JsonNode entries = classic.path(list);
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                String name = entry.path("name").asText();
                String version = entry.path("version").asText("");
                String path = Paths.index(list, i);
                if (name.isEmpty()) {
                    report.add(Report.REFUSED, path, null, path + " has no name, and the hosted service takes package "
                            + "names only; it is not written.", null);
                    continue;
                }
                if (version.isEmpty() || version.equals("*")) {
                    packages.add(name);
                } else {
                    packages.add(name + "-" + version);
                }
                String target = Paths.index("customizations.packages", packages.size() - 1);
                if (name.startsWith("@")) {
                    report.add(Report.REWRITTEN, path, target, path + " names the package group \"" + name.substring(1)
                            + "\"; it is written as the package string \"" + packages.get(packages.size() - 1).asText()
                            + "\", which comes back as an entry of groups.", null);
                } else if (!version.isEmpty() || list.equals("modules")) {
                    report.add(Report.REWRITTEN, path, target, path + " is written as the package string \""
                            + packages.get(packages.size() - 1).asText() + "\", as the depsolver receives it; name and "
                            + "version cannot be told apart on the way back.", null);
                }
            }
        }
        JsonNode groups = classic.path("groups");
        for (int i = 0; i < groups.size(); i++) {
            String name = groups.get(i).path("name").asText();
            if (name.isEmpty()) {
                report.add(Report.REFUSED, Paths.index("groups", i), null, Paths.index("groups", i)
                        + " has no name; it is not written.", null);
            } else {
                packages.add("@" + name);
            }
        }
        if (!packages.isEmpty()) {
            customizations.set("packages", packages);
        }
    }

    private static void foldSshKeys(JsonNode source, ObjectNode customizations, Report report) {
        JsonNode keys = source.path("sshkey");
        for (int i = 0; i < keys.size(); i++) {
            String user = keys.get(i).path("user").asText();
            String key = keys.get(i).path("key").asText();
            String path = Paths.index("customizations.sshkey", i);
            ArrayNode users = customizations.has("users") ? (ArrayNode) customizations.get("users")
                    : customizations.putArray("users");
            ObjectNode match = null;
            int index = 0;
            for (; index < users.size(); index++) {
                if (users.get(index).path("name").asText().equals(user)) {
                    match = (ObjectNode) users.get(index);
                    break;
                }
            }
            String target = Paths.index("customizations.users", index);
            if (match == null) {
                users.addObject().put("name", user).put("ssh_key", key);
                report.add(Report.REWRITTEN, path, target, path + " is written as a user entry with that ssh_key "
                        + "(the hosted service has no sshkey list).", null);
            } else if (!match.has("ssh_key")) {
                match.put("ssh_key", key);
                report.add(Report.REWRITTEN, path, target, path + " is written as the ssh_key of user \"" + user + "\".", null);
            } else {
                report.add(Report.LOSSY, path, target, path + " gives user \"" + user + "\" a second key, and a hosted user "
                        + "has one; it is not written.", "join the keys into the user's key");
            }
        }
    }

    /**
     * Converts a {@code CreateBlueprintRequest} (or a blueprint export) into the classic JSON tree.
     *
     * @param hosted the hosted document
     * @param report the report
     * @return the classic JSON tree
     */
    public static ObjectNode toClassic(JsonNode hosted, Report report) {
        ObjectNode classic = NODES.objectNode();
        for (var field : hosted.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "name", "description" -> classic.set(key, value.deepCopy());
                case "distribution" -> {
                    Matcher dotless = DOTLESS_MINOR.matcher(value.asText());
                    if (dotless.matches()) {
                        classic.put("distro", "rhel-" + dotless.group(1) + "." + dotless.group(2));
                        report.add(Report.REWRITTEN, key, "distro", "distribution \"" + value.asText()
                                + "\" is written as \"" + classic.get("distro").asText() + "\", the classic spelling.", null);
                    } else {
                        classic.put("distro", value.asText());
                        if (value.asText().endsWith("-nightly") || value.asText().endsWith("-beta")
                                || value.asText().matches("rhel-\\d+") || value.asText().equals("hummingbird")) {
                            report.add(Report.UNVERIFIED, key, "distro", "distribution \"" + value.asText()
                                    + "\" is written as distro unchanged; whether osbuild-composer and image-builder accept "
                                    + "that name is not verified.", "check it against the server's distributions");
                        }
                    }
                }
                case "image_requests" -> imageRequestsToClassic(value, classic, report);
                case "customizations" -> { }
                default -> report.dropped(key, key + " has no counterpart in a classic blueprint; it is not written.");
            }
        }
        JsonNode source = hosted.path("customizations");
        if (source.isObject()) {
            ObjectNode rest = source.deepCopy();
            JsonNode packages = rest.remove("packages");
            if (packages != null) {
                packagesToClassic(packages, classic, "customizations.packages", report);
            }
            ObjectNode content = NODES.objectNode();
            for (String key : List.of("enabled_modules", "containers")) {
                JsonNode value = rest.remove(key);
                if (value != null) {
                    content.set(key, value);
                }
            }
            CONTENT.toClassic(content, classic, "customizations", "", report);
            ObjectNode customizations = NODES.objectNode();
            CUSTOMIZATIONS.toClassic(rest, customizations, "customizations", "customizations", report);
            if (!customizations.isEmpty()) {
                classic.set("customizations", customizations);
            }
        }
        return classic;
    }

    private static void imageRequestsToClassic(JsonNode requests, ObjectNode classic, Report report) {
        String architecture = null;
        for (int i = 0; i < requests.size(); i++) {
            String path = Paths.index("image_requests", i);
            for (var field : requests.get(i).properties()) {
                String keyPath = Paths.child(path, field.getKey());
                if (field.getKey().equals("architecture")) {
                    if (architecture == null) {
                        architecture = field.getValue().asText();
                        classic.put("architecture", architecture);
                    } else if (!architecture.equals(field.getValue().asText())) {
                        report.add(Report.LOSSY, keyPath, "architecture", keyPath + " differs from the first image request's; "
                                + "a classic blueprint has one architecture, the first one's.", null);
                    }
                } else {
                    report.dropped(keyPath, keyPath + " is a build option, not part of a classic blueprint; it is not written.");
                }
            }
        }
    }

    private static void packagesToClassic(JsonNode packages, ObjectNode classic, String path, Report report) {
        for (int i = 0; i < packages.size(); i++) {
            String name = packages.get(i).asText();
            if (name.startsWith("@")) {
                (classic.has("groups") ? (ArrayNode) classic.get("groups") : classic.putArray("groups"))
                        .addObject().put("name", name.substring(1));
            } else {
                (classic.has("packages") ? (ArrayNode) classic.get("packages") : classic.putArray("packages"))
                        .addObject().put("name", name);
            }
        }
    }

    private static void fileToClassic(JsonNode file, ObjectNode out, Rules rules, String path, String target, Report report) {
        ObjectNode copy = file.deepCopy();
        JsonNode encoding = copy.remove("data_encoding");
        if (encoding != null && encoding.asText().equals("base64") && copy.has("data")) {
            String dataPath = Paths.child(path, "data");
            try {
                byte[] bytes = Base64.getDecoder().decode(copy.get("data").asText().strip());
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                copy.put("data", text);
                report.add(Report.REWRITTEN, dataPath, Paths.child(target, "data"), dataPath
                        + " is base64 and is written decoded, as the hosted service decodes it before the build.", null);
            } catch (IllegalArgumentException | CharacterCodingException e) {
                copy.remove("data");
                report.dropped(dataPath, dataPath + " is base64 of bytes that are not UTF-8 text, which a classic blueprint "
                        + "cannot hold; it is not written.");
            }
        } else if (encoding != null && !encoding.asText().equals("plain")) {
            report.dropped(Paths.child(path, "data_encoding"), null);
        }
        rules.toClassic(copy, out, path, target, report);
    }
}
