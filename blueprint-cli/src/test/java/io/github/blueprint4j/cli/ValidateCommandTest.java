package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LINE_KEYS = List.of("file", "format", "valid", "diagnostics");
    private static final List<String> DIAGNOSTIC_KEYS =
            List.of("code", "severity", "path", "line", "column", "message", "hint");

    @TempDir
    Path dir;

    private String valid;
    private String unknownKey;
    private String syntaxError;
    private String json;
    private String missing;

    @BeforeEach
    void writeFiles() throws IOException {
        valid = write("valid.toml", "name = \"web\"\ndescription = \"A web server\"\nversion = \"1.0.0\"\n");
        unknownKey = write("unknown.toml", "name = \"web\"\nversion = \"1.0.0\"\nflavour = \"vanilla\"\n");
        syntaxError = write("syntax.toml", "name = \"web\"\nversion = \n");
        json = write("web.json", "{\"name\": \"web\", \"version\": \"1.0.0\", \"customizations\": {\"hostname\": \"web01\"}}");
        missing = dir.resolve("missing.toml").toString();
    }

    @Test
    void validFilePrintsNothingAndExitsZero() {
        Cli.Result result = Cli.run("validate", valid, json);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).containsExactly("2 files checked, no errors");
    }

    @Test
    void warningsArePrintedButExitZero() {
        Cli.Result result = Cli.run("validate", unknownKey);

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).singleElement().asString()
                .matches(Pattern.quote(unknownKey) + "(:\\d+:\\d+)?: warning GEN-UNKNOWN-KEY flavour: .+");
        assertThat(result.errLines()).containsExactly("1 file checked, no errors");
    }

    @Test
    void strictMakesUnknownKeysErrors() {
        Cli.Result result = Cli.run("validate", "--strict", unknownKey, valid);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).singleElement().asString()
                .matches(Pattern.quote(unknownKey) + "(:\\d+:\\d+)?: error GEN-UNKNOWN-KEY flavour: .+");
        assertThat(result.errLines()).containsExactly("2 files checked, 1 with errors");
    }

    @Test
    void syntaxErrorShowsLineAndColumn() {
        Cli.Result result = Cli.run("validate", syntaxError);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).singleElement().asString()
                .matches(Pattern.quote(syntaxError) + ":2:\\d+: error GEN-SYNTAX: The document is not valid TOML: .+");
    }

    @Test
    void missingFileIsAnIoReadErrorWithExitTwo() {
        Cli.Result result = Cli.run("validate", missing);

        assertThat(result.exitCode()).isEqualTo(2);
        String line = missing + ": error IO-READ: The file does not exist.";
        assertThat(result.outLines()).containsExactly(line);
        assertThat(result.errLines()).containsExactly(line, "1 file checked, 1 unreadable");
    }

    @Test
    void unreadableFileWinsOverErrors() {
        Cli.Result result = Cli.run("validate", syntaxError, missing, valid);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.errLines()).last().isEqualTo("3 files checked, 1 with errors, 1 unreadable");
    }

    @Test
    void reportsEveryProblemOfAFileWithItsLineAndColumn() throws IOException {
        String tenProblems = write("ten.toml", """
                name = "web server"
                version = "1.0"

                [[packages]]
                version = "1.2"

                [customizations]
                partitioning_mode = "zfs"

                [[customizations.group]]
                name = "wheel"

                [[customizations.group]]
                name = "wheel"

                [[customizations.files]]
                path = "/etc/shadow"

                [[customizations.files]]
                path = "/etc/shadow"

                [[customizations.filesystem]]
                mountpoint = "/proc/x"
                minsize = "1 GiB"

                [customizations.disk]
                type = "mbr"

                [[customizations.repositories]]
                id = "r"
                """);
        Cli.Result result = Cli.run("validate", tenProblems);

        assertThat(result.exitCode()).isEqualTo(1);
        List<String> errors = result.outLines().stream().filter(l -> l.contains(": error ")).toList();
        assertThat(errors).hasSize(10).allSatisfy(line -> assertThat(line).matches(Pattern.quote(tenProblems) + ":\\d+:\\d+: error .+"));
        assertThat(errors).extracting(line -> line.split(" ")[2]).containsExactly(
                "BP-VERSION-SEMVER", "PKG-NAME-REQUIRED", "PM-ENUM", "GROUP-NAME-UNIQUE", "FILES-FORBIDDEN",
                "FILES-FORBIDDEN", "FSNODE-UNIQUE-PATHS", "FS-MOUNTPOINT-POLICY", "DISK-TYPE-ENUM", "REPO-NEEDS-SOURCE");
    }

    @Test
    void theProfileAndThePoliciesChooseTheChecks() throws IOException {
        String bootc = write("bootc.toml", "[[customizations.filesystem]]\nmountpoint = \"/etc/x\"\nminsize = 1\n");

        Cli.Result composer = Cli.run("validate", bootc);
        assertThat(composer.exitCode()).isEqualTo(1);
        assertThat(composer.out()).contains("error BP-NAME-REQUIRED").contains("error FS-MOUNTPOINT-POLICY");

        Cli.Result imageBuilder = Cli.run("validate", "--profile", "image-builder", bootc);
        assertThat(imageBuilder.out()).doesNotContain("BP-NAME-REQUIRED").contains("error FS-MOUNTPOINT-POLICY");

        Cli.Result noPolicy = Cli.run("validate", "--profile", "image-builder", "--policy", "none", bootc);
        assertThat(noPolicy.exitCode()).isZero();

        Cli.Result named = Cli.run("validate", "--profile=image-builder", "--policy", "mountpoints-ostree,files-ostree", bootc);
        assertThat(named.exitCode()).isZero();
    }

    @Test
    void anUnknownPolicyIsAUsageErrorThatNamesTheKnownOnes() {
        Cli.Result result = Cli.run("validate", "--policy", "mountpoints-defualt", valid);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown policy \"mountpoints-defualt\"; known policies: mountpoints-default");
    }

    @Test
    void jsonOutputHasOneLinePerFileWithTheDocumentedShape() throws IOException {
        Cli.Result result = Cli.run("validate", "--output", "json", valid, unknownKey, syntaxError, json, missing);

        assertThat(result.exitCode()).isEqualTo(2);
        List<String> lines = result.outLines();
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("{\"file\": "));
        List<JsonNode> files = new ArrayList<>();
        for (String line : lines) {
            files.add(checkedLine(line));
        }

        assertFile(files.get(0), valid, "toml", true);
        assertThat(files.get(0).get("diagnostics")).isEmpty();

        assertFile(files.get(1), unknownKey, "toml", true);
        JsonNode warning = files.get(1).get("diagnostics").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("GEN-UNKNOWN-KEY");
        assertThat(warning.get("severity").asText()).isEqualTo("WARNING");
        assertThat(warning.get("path").asText()).isEqualTo("flavour");

        assertFile(files.get(2), syntaxError, "toml", false);
        JsonNode syntax = files.get(2).get("diagnostics").get(0);
        assertThat(syntax.get("code").asText()).isEqualTo("GEN-SYNTAX");
        assertThat(syntax.get("severity").asText()).isEqualTo("ERROR");
        assertThat(syntax.get("path").isNull()).isTrue();
        assertThat(syntax.get("line").asInt()).isEqualTo(2);
        assertThat(syntax.get("column").isInt()).isTrue();

        assertFile(files.get(3), json, "json", true);
        assertThat(files.get(3).get("diagnostics")).isEmpty();

        assertFile(files.get(4), missing, "toml", false);
        JsonNode io = files.get(4).get("diagnostics").get(0);
        assertThat(files.get(4).get("diagnostics")).hasSize(1);
        assertThat(io.get("code").asText()).isEqualTo("IO-READ");
        assertThat(io.get("severity").asText()).isEqualTo("ERROR");
        assertThat(io.get("path").isNull()).isTrue();
        assertThat(io.get("line").isNull()).isTrue();
        assertThat(io.get("column").isNull()).isTrue();
        assertThat(io.get("message").asText()).isEqualTo("The file does not exist.");
        assertThat(io.get("hint").isNull()).isTrue();

        // Machines read standard output; standard error has only the unreadable file.
        assertThat(result.errLines()).containsExactly(missing + ": error IO-READ: The file does not exist.");
    }

    @Test
    void jsonOutputOfValidFilesExitsZeroWithoutSummary() {
        Cli.Result result = Cli.run("validate", "--output=json", valid);

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(1);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void directoryAndNonUtf8FilesAreUnreadable() throws IOException {
        Path latin1 = dir.resolve("latin1.toml");
        Files.write(latin1, "name = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));

        Cli.Result result = Cli.run("validate", "--output", "json", dir.toString(), latin1.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        List<String> lines = result.outLines();
        assertThat(lines).hasSize(2);
        JsonNode directory = checkedLine(lines.get(0));
        assertFile(directory, dir.toString(), "toml", false);
        assertThat(directory.at("/diagnostics/0/code").asText()).isEqualTo("IO-READ");
        assertThat(directory.at("/diagnostics/0/message").asText()).contains("directory");
        JsonNode notUtf8 = checkedLine(lines.get(1));
        assertFile(notUtf8, latin1.toString(), "toml", false);
        assertThat(notUtf8.at("/diagnostics/0/code").asText()).isEqualTo("IO-READ");
        assertThat(notUtf8.at("/diagnostics/0/message").asText()).contains("UTF-8");
    }

    @Test
    void formatComesFromTheExtensionInAnyCaseElseFromTheContent() throws IOException {
        String upper = write("UPPER.JSON", "{\"name\": \"web\"}");
        String bare = write("bare", "{\"name\": \"web\"}");
        String tomlBare = write("plain", "name = \"web\"\n");

        Cli.Result result = Cli.run("validate", "--output", "JSON", upper, bare, tomlBare);

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).extracting(line -> JSON.readTree(line).get("format").asText())
                .containsExactly("json", "json", "toml");
    }

    @Test
    void fileNamesArePrintedAsGiven() throws IOException {
        String given = dir + "/./valid.toml";

        Cli.Result result = Cli.run("validate", "--output", "json", given);

        assertThat(JSON.readTree(result.out()).get("file").asText()).isEqualTo(given);
    }

    @Test
    void anImageTypeReportsWhatItIgnoresAndRequires() throws IOException {
        String server = write("server.toml", """
                name = "server"
                version = "1.0.0"
                [customizations]
                hostname = "web01"
                [[customizations.filesystem]]
                mountpoint = "/var/log"
                minsize = "4 GiB"
                """);

        Cli.Result tar = Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "tar", server);
        assertThat(tar.exitCode()).isZero();
        assertThat(tar.outLines()).containsExactly(server + ":5:1: warning IT-UNSUPPORTED-OPTION customizations.filesystem:"
                + " customizations.filesystem is not supported by the image type tar of rhel-9.6: the build ignores it."
                + " (remove it for this image type; \"blueprint image-types --distro DISTRO\" lists what each image type supports)");

        assertThat(Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "qcow2", server).out()).isEmpty();
        assertThat(Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "guest-image", server).out()).isEmpty();

        Cli.Result strict = Cli.run("validate", "--strict", "--distro", "rhel-9.6", "--image-type", "tar", server);
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.out()).contains("error IT-UNSUPPORTED-OPTION customizations.filesystem");

        Cli.Result installer = Cli.run("validate", "--output", "json", "--distro", "rhel-9.6",
                "--image-type", "edge-simplified-installer", server);
        JsonNode line = checkedLine(installer.out().strip());
        assertThat(line.get("diagnostics").findValuesAsText("code")).contains("IT-REQUIRED-OPTION");
        assertThat(line.get("diagnostics").findValuesAsText("path")).contains("customizations.installation_device");
    }

    @Test
    void ostreeImageTypesUseTheOstreePathPolicies() throws IOException {
        String file = write("files.toml", "name = \"x\"\nversion = \"1.0.0\"\n[[customizations.directories]]\npath = \"/var/lib/app\"\n");
        assertThat(Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "qcow2", file).exitCode()).isZero();
        Cli.Result ostree = Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "edge-commit", file);
        assertThat(ostree.exitCode()).isEqualTo(1);
        assertThat(ostree.out()).contains(":4:1: error DIRS-POLICY customizations.directories[0].path:")
                .contains("directories-ostree");
        assertThat(Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "edge-commit", "--policy", "none", file)
                .exitCode()).isZero();
    }

    @Test
    void anUnknownDistroOrImageTypeIsAUsageErrorWithSuggestions() {
        Cli.Result type = Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "qcow", valid);
        assertThat(type.exitCode()).isEqualTo(2);
        assertThat(type.errLines()).singleElement().asString()
                .matches("Unknown image type \"qcow\" for rhel-9\\.6\\. Known image types, closest first: qcow2,"
                        + " [^,]+, [^,]+, [^,]+, [^,]+ and [0-9]+ more\\.");
        assertThat(type.out()).isEmpty();

        Cli.Result distro = Cli.run("validate", "--distro", "rhle-9", "--image-type", "qcow2", valid);
        assertThat(distro.exitCode()).isEqualTo(2);
        assertThat(distro.errLines()).singleElement().asString()
                .startsWith("Unknown distribution \"rhle-9\". Known distributions, closest first: rhel-9, ")
                .doesNotContain("Usage");

        Cli.Result alone = Cli.run("validate", "--image-type", "qcow2", valid);
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--distro and --image-type go together");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.run("validate").exitCode()).isEqualTo(2);
        assertThat(Cli.run("validate", "--output", "xml", valid).exitCode()).isEqualTo(2);
        assertThat(Cli.run("validate", "--output").exitCode()).isEqualTo(2);
    }

    @Test
    void dashReadsStandardInput() {
        Cli.Result result = Cli.runWithInput("name = \"web\"\nversion = \"1.0.0\"\nflavour = \"vanilla\"\n",
                "validate", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).singleElement().asString().startsWith("-:3:1: warning GEN-UNKNOWN-KEY flavour:"
                + " \"flavour\" is not a key of the document root; the server ignores it.");
        Cli.Result json = Cli.runWithInput("{\"name\": 5}", "validate", "--output", "json", "-");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).startsWith("{\"file\": \"-\", \"format\": \"json\", \"valid\": false,");
    }

    @Test
    void aNamelessConfigurationOfImageBuilderGetsAHintToItsProfile() throws IOException {
        String bib = write("config.toml", "[[customizations.user]]\nname = \"alice\"\n");
        String legacy = write("config.json", "{\"blueprint\": {\"customizations\": {\"user\": [{\"name\": \"a\"}]}}}");
        String composer = write("nameless.toml", "description = \"x\"\nversion = \"1.0.0\"\n");

        assertThat(Cli.run("validate", bib).outLines()).contains(bib + ":1:1: error BP-NAME-REQUIRED name: A blueprint"
                + " needs a non-empty name. (this looks like an image-builder or bootc-image-builder configuration,"
                + " which needs no name: validate it with --profile image-builder)");
        // the wrapper is recognised as a bootc-image-builder config and validated inside it
        assertThat(Cli.run("validate", legacy).outLines()).contains(legacy + ":1:2: error BP-NAME-REQUIRED blueprint.name: A blueprint"
                + " needs a non-empty name. (this looks like a bootc-image-builder configuration in the legacy form"
                + " {\"blueprint\": {...}}: move what is inside \"blueprint\" to the top level and validate it with"
                + " --profile image-builder)");
        assertThat(Cli.run("validate", composer).outLines()).containsExactly(composer
                + ":1:1: error BP-NAME-REQUIRED name: A blueprint needs a non-empty name. (add name = \"my-blueprint\")");
        Cli.Result asConfig = Cli.run("validate", "--profile", "image-builder", bib);
        assertThat(asConfig.exitCode()).isZero();
        assertThat(asConfig.out()).isEmpty();
    }

    @Test
    void theDocumentedVersionWarningIsForTheComposerProfileOnly() throws IOException {
        String file = write("noversion.toml", "name = \"web\"\n");

        assertThat(Cli.run("validate", file).out()).contains("warning BP-VERSION-REQUIRED-DOC version:");
        assertThat(Cli.run("validate", "--strict", file).out()).contains("BP-VERSION-REQUIRED-DOC");
        assertThat(Cli.run("validate", "--profile", "image-builder", file).out()).isEmpty();
        assertThat(Cli.run("validate", "--profile", "image-builder", "--strict", file).out()).isEmpty();
    }

    @Test
    void valuesAndKeysCannotForgeLinesOrMoveTheCursor() throws IOException {
        String file = write("inject.toml", "name = \"web\"\nversion = \"1.0.0\"\n[customizations.timezone]\n"
                + "timezone = \"Nowhere\\nall.toml: 0 errors\\u001b[2K\\u001b[32mOK\"\n"
                + "[customizations]\n\"a\\u202eb\\rc\" = 1\n");

        Cli.Result text = Cli.run("validate", file);

        assertThat(text.outLines()).containsExactly(
                file + ":4:1: warning TZ-NAME customizations.timezone.timezone: \"Nowhere\\nall.toml: 0 errors"
                        + "\\u001b[2K\\u001b[32mOK\" is not a time zone of the tz database. (use a name from timedatectl"
                        + " list-timezones, such as \"Europe/Berlin\")",
                file + ":6:1: warning GEN-UNKNOWN-KEY customizations.\"a\\u202eb\\rc\": \"a\\u202eb\\rc\" is not a key of"
                        + " customizations; the server ignores it. (known keys here: hostname, kernel, sshkey, user, group,"
                        + " timezone, locale, firewall, services, filesystem, disk, installation_device, partitioning_mode,"
                        + " fdo, openscap, ignition, directories, files, repositories, fips, installer, rpm, rhsm, cacerts,"
                        + " containers-storage, firstboot, dnf, iso, sshd, bootloader)");
        assertThat(text.out()).doesNotContain("\u001b", "\u202e", "\r");
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
    }

    /** Parses a JSON line and checks the keys and the type of every value. */
    private static JsonNode checkedLine(String line) throws IOException {
        JsonNode file = JSON.readTree(line);
        assertThat(file.isObject()).isTrue();
        assertThat(fieldNames(file)).containsExactlyElementsOf(LINE_KEYS);
        assertThat(file.get("file").isTextual()).isTrue();
        assertThat(file.get("format").asText()).isIn("toml", "json");
        assertThat(file.get("valid").isBoolean()).isTrue();
        assertThat(file.get("diagnostics").isArray()).isTrue();
        for (JsonNode diagnostic : file.get("diagnostics")) {
            assertThat(fieldNames(diagnostic)).containsExactlyElementsOf(DIAGNOSTIC_KEYS);
            assertThat(diagnostic.get("code").isTextual()).isTrue();
            assertThat(diagnostic.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
            assertThat(diagnostic.get("path").isTextual() || diagnostic.get("path").isNull()).isTrue();
            assertThat(diagnostic.get("line").isInt() || diagnostic.get("line").isNull()).isTrue();
            assertThat(diagnostic.get("column").isInt() || diagnostic.get("column").isNull()).isTrue();
            assertThat(diagnostic.get("message").isTextual()).isTrue();
            assertThat(diagnostic.get("hint").isTextual() || diagnostic.get("hint").isNull()).isTrue();
        }
        boolean hasError = false;
        for (JsonNode diagnostic : file.get("diagnostics")) {
            hasError |= diagnostic.get("severity").asText().equals("ERROR");
        }
        assertThat(file.get("valid").asBoolean()).isEqualTo(!hasError);
        return file;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void assertFile(JsonNode file, String name, String format, boolean valid) {
        assertThat(file.get("file").asText()).isEqualTo(name);
        assertThat(file.get("format").asText()).isEqualTo(format);
        assertThat(file.get("valid").asBoolean()).isEqualTo(valid);
    }
}
