package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.DirectoryCustomization;
import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.Owner;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of custom files and directories: the path checks, owner names, data and uri, the
 * checks across all entries and the notes.
 */
class FsnodeRulesTest {

    private static final BlueprintValidator VALIDATOR = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build();
    private static final BlueprintValidator STRICT = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).strict(true).build();
    private static final Set<String> PATH_RULES = Set.of("FSNODE-PATH-REQUIRED", "FSNODE-PATH-ABSOLUTE",
            "FSNODE-PATH-NO-TRAILING-SLASH", "FSNODE-PATH-CANONICAL");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "'', FSNODE-PATH-REQUIRED",
        "etc/app.conf, FSNODE-PATH-ABSOLUTE",
        "../etc/app.conf, FSNODE-PATH-ABSOLUTE",
        "etc/, FSNODE-PATH-ABSOLUTE",
        "/etc/app/, FSNODE-PATH-NO-TRAILING-SLASH",
        "/etc//, FSNODE-PATH-NO-TRAILING-SLASH",
        "/, FSNODE-PATH-NO-TRAILING-SLASH",
        "/etc//app.conf, FSNODE-PATH-CANONICAL",
        "/etc/./app.conf, FSNODE-PATH-CANONICAL",
        "/etc/../app.conf, FSNODE-PATH-CANONICAL",
        "/etc/app/.., FSNODE-PATH-CANONICAL",
        "/.., FSNODE-PATH-CANONICAL",
        "/etc/app.conf, none",
        "/etc/.hidden, none",
        "/etc/...,none",
        "/etc/a..b, none",
    })
    void reportsOnlyTheFirstPathCheckAPathFails(String path, String rule) {
        List<String> expected = rule == null ? List.of() : List.of("ERROR " + rule + " customizations.files[0].path");
        assertThat(findings(VALIDATOR, file(f -> f.path(path)), PATH_RULES)).containsExactlyElementsOf(expected);
        List<String> forDirectory = rule == null ? List.of()
                : List.of("ERROR " + rule + " customizations.directories[0].path");
        assertThat(findings(VALIDATOR, directory(d -> d.path(path)), PATH_RULES)).containsExactlyElementsOf(forDirectory);
    }

    @Test
    void requiresAPathWhenItIsMissing() {
        assertThat(findings(VALIDATOR, file(f -> f.data("x")), PATH_RULES))
                .containsExactly("ERROR FSNODE-PATH-REQUIRED customizations.files[0].path");
        assertThat(findings(VALIDATOR, directory(d -> d.ensureParents(true)), PATH_RULES))
                .containsExactly("ERROR FSNODE-PATH-REQUIRED customizations.directories[0].path");
    }

    @Test
    void namesThePathInTheMessage() {
        assertThat(diagnostics(VALIDATOR, file(f -> f.path("etc/app.conf")), "FSNODE-PATH-ABSOLUTE"))
                .singleElement().satisfies(d -> {
                    assertThat(d.message()).isEqualTo("The path \"etc/app.conf\" is not absolute.");
                    assertThat(d.hint()).isEqualTo("start the path with /");
                });
        assertThat(diagnostics(VALIDATOR, directory(d -> d.path("/etc/{x}/../y")), "FSNODE-PATH-CANONICAL"))
                .singleElement().extracting(Diagnostic::message)
                .isEqualTo("The path \"/etc/{x}/../y\" is not canonical.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "_apache", ".hidden", "a-b.c_d", "0", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsValidUserNames(String name) {
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").user(name)), Set.of("FSNODE-USER-NAME"))).isEmpty();
        assertThat(findings(VALIDATOR, directory(d -> d.path("/etc/a").user(name)), Set.of("FSNODE-USER-NAME"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "r@@t", "-root", "with space", "abcdefghijklmnopqrstuvwxyz0123456", "üser"})
    void refusesInvalidUserNames(String name) {
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").user(name)), Set.of("FSNODE-USER-NAME")))
                .containsExactly("ERROR FSNODE-USER-NAME customizations.files[0].user");
        assertThat(findings(VALIDATOR, directory(d -> d.path("/etc/a").user(name)), Set.of("FSNODE-USER-NAME")))
                .containsExactly("ERROR FSNODE-USER-NAME customizations.directories[0].user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "_wheel", "a-b_c", "0", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsValidGroupNames(String name) {
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").group(name)), Set.of("FSNODE-GROUP-NAME"))).isEmpty();
        assertThat(findings(VALIDATOR, directory(d -> d.path("/etc/a").group(name)), Set.of("FSNODE-GROUP-NAME"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b", ".hidden", "-wheel", "r@@t", "abcdefghijklmnopqrstuvwxyz0123456"})
    void refusesInvalidGroupNamesIncludingDots(String name) {
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").group(name)), Set.of("FSNODE-GROUP-NAME")))
                .containsExactly("ERROR FSNODE-GROUP-NAME customizations.files[0].group");
        assertThat(findings(VALIDATOR, directory(d -> d.path("/etc/a").group(name)), Set.of("FSNODE-GROUP-NAME")))
                .containsExactly("ERROR FSNODE-GROUP-NAME customizations.directories[0].group");
    }

    @Test
    void acceptsEveryNumericOwnerAndNamesTheInvalidName() {
        Blueprint ids = file(f -> f.path("/etc/a").user(Owner.id(0)).group(Owner.id(Long.MAX_VALUE)));
        assertThat(findings(VALIDATOR, ids, Set.of("FSNODE-USER-NAME", "FSNODE-GROUP-NAME"))).isEmpty();
        assertThat(diagnostics(VALIDATOR, file(f -> f.path("/etc/a").user("r@@t")), "FSNODE-USER-NAME"))
                .singleElement().extracting(Diagnostic::message).isEqualTo("The user name \"r@@t\" is invalid.");
    }

    @Test
    void refusesDataTogetherWithAUriAtTheUri() {
        Set<String> rule = Set.of("FILE-DATA-URI-EXCLUSIVE");
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").data("x").uri("/src/a")), rule))
                .containsExactly("ERROR FILE-DATA-URI-EXCLUSIVE customizations.files[0].uri");
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").data("x")), rule)).isEmpty();
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").uri("/src/a")), rule)).isEmpty();
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").data("").uri("/src/a")), rule)).isEmpty();
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").data("x").uri("")), rule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/src/app.conf", "file:///src/app.conf", "FILE:///src/app.conf", "file:/src/app.conf",
        "relative/app.conf", "/src/with space", "/src/a#section", "/src/a?x=1", "file://localhost:/src/a"})
    void acceptsLocalFileUris(String uri) {
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").uri(uri)), Set.of("FILE-URI-SCHEME"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/app.conf", "http://x", "ftp:app.conf", "s3://bucket/key",
        ":app.conf", "1st:app.conf", "/src/%zz", "/src/a#%zz", "file://host:port/a", "file://ho st/a", "/src/\ttab"})
    void refusesRemoteOrMalformedUris(String uri) {
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").uri(uri)), Set.of("FILE-URI-SCHEME")))
                .containsExactly("ERROR FILE-URI-SCHEME customizations.files[0].uri");
    }

    @Test
    void reportsEveryLaterDuplicatePathDirectoriesFirst() {
        Blueprint files = Blueprint.builder().name("t").customizations(c -> c
                .addFile(f -> f.path("/etc/file1"))
                .addFile(f -> f.path("/etc/file2"))
                .addFile(f -> f.path("/etc/file1"))
                .addFile(f -> f.path("/etc/file1"))).build();
        assertThat(findings(VALIDATOR, files, Set.of("FSNODE-UNIQUE-PATHS"))).containsExactlyInAnyOrder(
                "ERROR FSNODE-UNIQUE-PATHS customizations.files[2].path",
                "ERROR FSNODE-UNIQUE-PATHS customizations.files[3].path");
        Blueprint mixed = Blueprint.builder().name("t").customizations(c -> c
                .addFile(f -> f.path("/etc/path1"))
                .addFile(f -> f.path("/etc/path2"))
                .addDirectory(d -> d.path("/etc/path3"))
                .addDirectory(d -> d.path("/etc/path2"))).build();
        assertThat(diagnostics(VALIDATOR, mixed, "FSNODE-UNIQUE-PATHS")).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("customizations.files[1].path");
            assertThat(d.message()).isEqualTo("The path /etc/path2 is used by more than one file or directory.");
        });
    }

    @Test
    void findsDuplicateDirectoriesReadFromToml() {
        Blueprint blueprint = Blueprints.readToml("""
                name = "t"
                [[customizations.directories]]
                path = "/var/tmp/dir"
                [[customizations.directories]]
                path = "/var/tmp/dir"
                mode = "0552"
                """);
        assertThat(findings(VALIDATOR, blueprint, Set.of("FSNODE-UNIQUE-PATHS")))
                .containsExactly("ERROR FSNODE-UNIQUE-PATHS customizations.directories[1].path");
    }

    @Test
    void acceptsDistinctPathsAndIgnoresMalformedOnes() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(c -> c
                .addDirectory(d -> d.path("/etc/dir"))
                .addFile(f -> f.path("/etc/dir/file"))
                .addFile(f -> f.path("/etc/dirfile"))
                .addFile(f -> f.path("etc/x"))
                .addFile(f -> f.path("etc/x"))
                .addFile(FileCustomization.builder().build())
                .addFile(FileCustomization.builder().build())).build();
        assertThat(findings(VALIDATOR, blueprint, Set.of("FSNODE-UNIQUE-PATHS", "FSNODE-FILE-NOT-PARENT"))).isEmpty();
    }

    @Test
    void reportsTheEntryBelowAFileAsTheReferenceDoes() {
        Blueprint fileUnderFile = Blueprint.builder().name("t").customizations(c -> c
                .addFile(f -> f.path("/etc/file1/file2"))
                .addFile(f -> f.path("/etc/file1"))).build();
        assertThat(diagnostics(VALIDATOR, fileUnderFile, "FSNODE-FILE-NOT-PARENT")).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("customizations.files[0].path");
            assertThat(d.message()).isEqualTo("This path lies inside /etc/file1, which is a custom file;"
                    + " a file cannot be the parent of another file or directory.");
        });
        Blueprint dirUnderFile = Blueprint.builder().name("t").customizations(c -> c
                .addDirectory(d -> d.path("/etc/dir1/dir2"))
                .addDirectory(d -> d.path("/etc/dir3"))
                .addFile(f -> f.path("/etc/file2"))
                .addFile(f -> f.path("/etc/dir1"))).build();
        assertThat(findings(VALIDATOR, dirUnderFile, Set.of("FSNODE-FILE-NOT-PARENT")))
                .containsExactly("ERROR FSNODE-FILE-NOT-PARENT customizations.directories[0].path");
    }

    @Test
    void reportsEveryEntryBelowAFileWithTheNearestFile() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(c -> c
                .addDirectory(d -> d.path("/etc/a/b/c/d"))
                .addDirectory(d -> d.path("/etc/a/x"))
                .addFile(f -> f.path("/etc/a"))
                .addFile(f -> f.path("/etc/a/b/c"))).build();
        List<Diagnostic> found = diagnostics(VALIDATOR, blueprint, "FSNODE-FILE-NOT-PARENT");
        assertThat(found).extracting(Diagnostic::path).containsExactlyInAnyOrder(
                "customizations.directories[0].path", "customizations.directories[1].path", "customizations.files[1].path");
        assertThat(found).filteredOn(d -> d.path().equals("customizations.directories[0].path"))
                .singleElement().extracting(Diagnostic::message).asString().contains("inside /etc/a/b/c,");
    }

    @Test
    void acceptsFilesInsideDeclaredDirectories() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(c -> c
                .addDirectory(d -> d.path("/etc/dir1"))
                .addDirectory(d -> d.path("/etc/dir1/dir2"))
                .addFile(f -> f.path("/etc/dir1/file1"))
                .addFile(f -> f.path("/etc/dir1/dir2/file2"))).build();
        assertThat(findings(VALIDATOR, blueprint, Set.of("FSNODE-UNIQUE-PATHS", "FSNODE-FILE-NOT-PARENT"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/root/.bashrc", "/usr/local/bin/tool", "/opt/app", "/etcetera", "/var/etc/x"})
    void notesLocationsOutsideEtcAsAWarningEvenWhenStrict(String path) {
        Set<String> rule = Set.of("FSNODE-DOC-LOCATION");
        assertThat(findings(VALIDATOR, file(f -> f.path(path)), rule))
                .containsExactly("WARNING FSNODE-DOC-LOCATION customizations.files[0].path");
        assertThat(findings(STRICT, directory(d -> d.path(path)), rule))
                .containsExactly("WARNING FSNODE-DOC-LOCATION customizations.directories[0].path");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/etc", "/etc/app.conf", "/etc/app/conf.d", "root/x", "/opt/", "/opt/../etc"})
    void leavesEtcAndMalformedPathsAlone(String path) {
        assertThat(findings(VALIDATOR, file(f -> f.path(path)), Set.of("FSNODE-DOC-LOCATION"))).isEmpty();
    }

    @Test
    void namesTheLocationOutsideEtc() {
        assertThat(diagnostics(VALIDATOR, file(f -> f.path("/root/x")), "FSNODE-DOC-LOCATION"))
                .singleElement().extracting(Diagnostic::message).asString().startsWith("/root/x is outside /etc:");
    }

    @Test
    void notesTheLocalModeOfAUriFileWithoutAMode() {
        Set<String> rule = Set.of("FILE-URI-MODE-DEFAULT");
        assertThat(findings(STRICT, file(f -> f.path("/etc/a").uri("/src/a")), rule))
                .containsExactly("INFO FILE-URI-MODE-DEFAULT customizations.files[0].mode");
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").uri("/src/a").mode("0640")), rule)).isEmpty();
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").data("x")), rule)).isEmpty();
        assertThat(findings(VALIDATOR, file(f -> f.path("/etc/a").uri("")), rule)).isEmpty();
    }

    @Test
    void reportsOnlyTheMissingPathForEntriesWithoutValues() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(Customizations.builder()
                .addFile(new FileCustomization(null, null, null, null, null, null, Map.of()))
                .addDirectory(new DirectoryCustomization(null, null, null, null, false, Map.of()))
                .build()).build();
        assertThat(findings(STRICT, blueprint, null)).containsExactlyInAnyOrder(
                "ERROR FSNODE-PATH-REQUIRED customizations.files[0].path",
                "ERROR FSNODE-PATH-REQUIRED customizations.directories[0].path");
    }

    @Test
    void findsNothingWithoutFilesOrDirectories() {
        assertThat(findings(STRICT, Blueprint.builder().name("t").customizations(c -> c.hostname("h")).build(), null))
                .isEmpty();
    }

    private static Blueprint file(Consumer<FileCustomization.Builder> file) {
        return Blueprint.builder().name("t").customizations(c -> c.addFile(file)).build();
    }

    private static Blueprint directory(Consumer<DirectoryCustomization.Builder> directory) {
        return Blueprint.builder().name("t").customizations(c -> c.addDirectory(directory)).build();
    }

    private static List<Diagnostic> diagnostics(BlueprintValidator validator, Blueprint blueprint, String rule) {
        return validator.validate(blueprint).diagnostics().stream().filter(d -> d.code().equals(rule)).toList();
    }

    // "SEVERITY CODE path" of the findings of the given rules, or of every file and directory rule
    private static List<String> findings(BlueprintValidator validator, Blueprint blueprint, Set<String> rules) {
        return validator.validate(blueprint).diagnostics().stream()
                .filter(d -> rules == null
                        ? d.code().startsWith("FSNODE-") || d.code().startsWith("FILE-")
                        : rules.contains(d.code()))
                .map(d -> d.severity() + " " + d.code() + " " + d.path())
                .toList();
    }
}
