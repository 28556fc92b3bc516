package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.Owner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueprintReaderTest {

    private static final BlueprintReader LENIENT = BlueprintReader.builder().build();
    private static final BlueprintReader STRICT = BlueprintReader.builder().strict(true).build();

    private static BlueprintParseException refused(String text, Format format) {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> LENIENT.read(text, format));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void readsBothTomlSpellingsOfListsAlike() {
        Blueprint tables = Blueprints.readToml("""
                name = "a"
                [[packages]]
                name = "vim"
                version = "9.*"
                [[packages]]
                name = "tmux"
                [[customizations.user]]
                name = "admin"
                groups = ["wheel"]
                """);
        Blueprint inline = Blueprints.readToml("""
                name = "a"
                packages = [ { name = "vim", version = "9.*" },
                             { name = "tmux" } ]
                customizations = { user = [ { name = "admin", groups = ["wheel"] } ] }
                """);
        assertThat(inline).isEqualTo(tables);
        assertThat(tables.packages()).extracting(p -> p.name()).containsExactly("vim", "tmux");
    }

    @Test
    void readsDottedKeysLikeTables() {
        Blueprint dotted = Blueprints.readToml("""
                name = "a"
                customizations.hostname = "web01"
                customizations.kernel.append = "quiet"
                """);
        Blueprint tables = Blueprints.readToml("""
                name = "a"
                [customizations]
                hostname = "web01"
                [customizations.kernel]
                append = "quiet"
                """);
        assertThat(dotted).isEqualTo(tables);
        assertThat(dotted.customizations().kernel().append()).isEqualTo("quiet");
    }

    @Test
    void readsJsonNullAsAbsent() {
        ReadResult result = LENIENT.readJson("""
                {"name": "a", "description": null, "packages": null,
                 "customizations": {"user": [{"name": "x", "uid": null, "groups": null}]}}
                """);
        Blueprint bp = result.blueprint();
        assertThat(bp.description()).isNull();
        assertThat(bp.packages()).isEmpty();
        assertThat(bp.customizations().user().get(0).uid()).isNull();
        assertThat(bp.customizations().user().get(0).groups()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .containsOnly(tuple("GEN-NULL-LIST", Severity.INFO));
    }

    @Test
    void readsSizeStringsIntegersAndTheSizeAlias() {
        Blueprint bp = Blueprints.readToml("""
                [[customizations.filesystem]]
                mountpoint = "/var"
                minsize = "1.5 GiB"
                [[customizations.filesystem]]
                mountpoint = "/opt"
                size = 1024
                [customizations.disk]
                start_offset = "1 MiB"
                """);
        assertThat(bp.customizations().filesystem()).extracting(f -> f.minsize().bytes())
                .containsExactly(1_610_612_736L, 1024L);
        assertThat(bp.customizations().filesystem().get(0).minsize().text()).isEqualTo("1.5 GiB");
        assertThat(bp.customizations().disk().startOffset()).isEqualTo(DataSize.of(1, DataSize.Unit.MiB));
    }

    @Test
    void refusesSizeTogetherWithMinsize() {
        BlueprintParseException e = refused("""
                [[customizations.filesystem]]
                mountpoint = "/var"
                size = 1024
                minsize = 2048
                """, Format.TOML);
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("FS-SIZE-MINSIZE-EXCLUSIVE", "customizations.filesystem[0].size"));
    }

    @Test
    void keepsTheKindOfOwners() {
        Blueprint bp = Blueprints.readJson("""
                {"customizations": {"directories": [{"path": "/etc/a", "user": "root", "group": 1000.0}]}}
                """);
        assertThat(bp.customizations().directories().get(0).user()).isEqualTo(Owner.name("root"));
        assertThat(bp.customizations().directories().get(0).group()).isEqualTo(Owner.id(1000));
    }

    @Test
    void refusesTheFdoExampleBooleanAndSaysToQuoteIt() {
        BlueprintParseException e = refused("""
                [customizations.fdo]
                manufacturing_server_url = "https://fdo.example.com"
                diun_pub_key_insecure = true
                """, Format.TOML);
        Diagnostic d = e.errors().get(0);
        assertThat(d.code()).isEqualTo("FDO-INSECURE-STRING");
        assertThat(d.path()).isEqualTo("customizations.fdo.diun_pub_key_insecure");
        assertThat(d.hint()).isEqualTo("write diun_pub_key_insecure = \"true\"");
    }

    @Test
    void refusesTheOracleLocaleArrayAndSaysToWriteATable() {
        BlueprintParseException e = refused("""
                [[customizations.locale]]
                languages = ["en_US.UTF-8"]
                keyboard = "us"
                """, Format.TOML);
        Diagnostic d = e.errors().get(0);
        assertThat(d.code()).isEqualTo("GEN-TYPE-MISMATCH");
        assertThat(d.path()).isEqualTo("customizations.locale");
        assertThat(d.hint()).isEqualTo("write [customizations.locale] (a single table), not [[customizations.locale]]");
    }

    @Test
    void refusesNumbersAndStringsInEachOthersPlaceWithoutCoercing() {
        BlueprintParseException e = refused("""
                [[packages]]
                name = "vim"
                version = 2
                [[customizations.user]]
                name = "a"
                uid = "1201"
                gid = 12.5
                """, Format.TOML);
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::hint).containsExactly(
                tuple("GEN-TYPE-MISMATCH", "packages[0].version", "write version = \"2\""),
                tuple("USER-ID-INTEGER", "customizations.user[0].uid", "write uid = 1201 without quotes"),
                tuple("USER-ID-INTEGER", "customizations.user[0].gid", "use a whole number"));
    }

    @Test
    void reportsEveryProblemOfTheDocumentInOnePass() {
        BlueprintParseException e = refused("""
                {"packages": {"name": "x"},
                 "customizations": {
                   "files": [{"path": "etc/a"}, {"path": "/etc/b", "mode": "12345"}],
                   "directories": [{"path": "/etc/c/", "user": -1}],
                   "disk": {"minsize": 1.5, "partitions": [{"type": "zfs"}]}}}
                """, Format.JSON);
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path).containsExactly(
                tuple("GEN-TYPE-MISMATCH", "packages"),
                tuple("FSNODE-PATH-ABSOLUTE", "customizations.files[0].path"),
                tuple("FSNODE-MODE-FORMAT", "customizations.files[1].mode"),
                tuple("FSNODE-ID-NONNEGATIVE", "customizations.directories[0].user"),
                tuple("FSNODE-PATH-NO-TRAILING-SLASH", "customizations.directories[0].path"),
                tuple("DISK-SIZE-FORMAT", "customizations.disk.minsize"),
                tuple("PART-TYPE-ENUM", "customizations.disk.partitions[0].type"),
                tuple("PART-MINSIZE-REQUIRED", "customizations.disk.partitions[0].minsize"));
        assertThat(e.getMessage()).startsWith("The blueprint cannot be read (8 errors; the first one follows)");
    }

    @Test
    void refusesTheRootAsAFilePathAndAcceptsLocalUrisAsGoParsesThem() {
        BlueprintParseException e = refused("""
                [[customizations.directories]]
                path = "/"
                [[customizations.files]]
                path = "/etc/a"
                uri = "https://example.com/a"
                """, Format.TOML);
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path).containsExactly(
                tuple("FSNODE-PATH-NO-TRAILING-SLASH", "customizations.directories[0].path"),
                tuple("FILE-URI-SCHEME", "customizations.files[0].uri"));
        Blueprint bp = Blueprints.readToml("""
                [[customizations.files]]
                path = "/etc/a"
                uri = "/src/with space"
                [[customizations.files]]
                path = "/etc/b"
                uri = "file:///src/b"
                """);
        assertThat(bp.customizations().files()).extracting(f -> f.uri()).containsExactly("/src/with space", "file:///src/b");
    }

    @Test
    void pointsEveryFindingAtItsLineAndColumn() {
        BlueprintParseException e = refused("""
                name = "a"

                [[customizations.user]]
                name = "x"
                uid = "1"

                [[customizations.files]]
                path = "relative"
                """, Format.TOML);
        assertThat(e.errors()).extracting(Diagnostic::path, Diagnostic::line, Diagnostic::column).containsExactly(
                tuple("customizations.user[0].uid", 5, 1),
                tuple("customizations.files[0].path", 8, 1));
    }

    @Test
    void pointsAMissingKeyAtItsTable() {
        BlueprintParseException e = refused("""
                name = "a"
                [[customizations.filesystem]]
                mountpoint = "/var"
                """, Format.TOML);
        assertThat(e.errors()).extracting(Diagnostic::path, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("customizations.filesystem[0].minsize", 2, 1));
    }

    @Test
    void reportsASyntaxErrorOnceWithItsPosition() {
        BlueprintParseException e = refused("name = \"a\"\n[customizations\nhostname = \"x\"\n", Format.TOML);
        assertThat(e.diagnostics()).hasSize(1);
        Diagnostic d = e.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("GEN-SYNTAX");
        assertThat(d.path()).isNull();
        assertThat(d.line()).isEqualTo(2);
        assertThat(d.message()).startsWith("The document is not valid TOML");
    }

    @Test
    void repairsNineteenDigitIntegersThatTheTomlParserMisreads() {
        Blueprint bp = Blueprints.readToml("""
                [[customizations.user]]
                name = "a"
                uid = 9223372036854775807
                gid = -9_223_372_036_854_775_808
                [customizations.disk]
                minsize = 1234567890123456789
                """);
        assertThat(bp.customizations().user().get(0).uid()).isEqualTo(Long.MAX_VALUE);
        assertThat(bp.customizations().user().get(0).gid()).isEqualTo(Long.MIN_VALUE);
        assertThat(bp.customizations().disk().minsize().bytes()).isEqualTo(1234567890123456789L);
    }

    @Test
    void refusesIntegersBeyondSixtyFourBits() {
        BlueprintParseException e = refused("[[customizations.user]]\nname = \"a\"\nuid = 9223372036854775808\n", Format.TOML);
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("USER-ID-INTEGER", "customizations.user[0].uid"));
    }

    @Test
    void acceptsAByteOrderMark() throws IOException {
        assertThat(Blueprints.readToml("\uFEFFname = \"a\"\n").name()).isEqualTo("a");
        assertThat(Blueprints.readJson("\uFEFF{\"name\": \"a\"}").name()).isEqualTo("a");
        byte[] bytes = "\uFEFFname = \"b\"\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Blueprints.read(new ByteArrayInputStream(bytes), null).name()).isEqualTo("b");
    }

    @Test
    void refusesDeepNestingWithAClearError() {
        String toml = "a = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        String inlineTables = "a = " + "{ b = ".repeat(10_000) + "1" + " }".repeat(10_000) + "\n";
        String json = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        for (String[] doc : new String[][] {{toml, "TOML"}, {inlineTables, "TOML"}, {json, "JSON"}}) {
            BlueprintParseException e = refused(doc[0], Format.valueOf(doc[1]));
            assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly("GEN-DEPTH-LIMIT");
        }
    }

    @Test
    void refusesAnEmptyJsonDocumentAndReadsAnEmptyTomlDocument() {
        assertThat(refused("  ", Format.JSON).diagnostics().get(0).code()).isEqualTo("GEN-SYNTAX");
        assertThat(Blueprints.readToml("")).isEqualTo(Blueprint.builder().build());
    }

    @Test
    void refusesAJsonDocumentThatIsNotAnObject() {
        assertThat(refused("[1, 2]", Format.JSON).errors().get(0).code()).isEqualTo("GEN-TYPE-MISMATCH");
    }

    @Test
    void choosesTheFormatFromTheExtensionElseFromTheContent(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("a.json"), "{\"name\": \"j\"}");
        Path toml = Files.writeString(dir.resolve("a.toml"), "name = \"t\"\n");
        Path unknown = Files.writeString(dir.resolve("a.blueprint"), "{\"name\": \"u\"}");
        assertThat(LENIENT.read(json).format()).isEqualTo(Format.JSON);
        assertThat(LENIENT.read(toml).blueprint().name()).isEqualTo("t");
        assertThat(LENIENT.read(unknown).format()).isEqualTo(Format.JSON);
    }

    @Test
    void refusesAStreamThatIsNotUtf8() {
        byte[] latin1 = "name = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> LENIENT.read(new ByteArrayInputStream(latin1), Format.TOML))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void strictModeMakesUnknownKeysErrors() {
        String doc = "name = \"a\"\n[customizations]\ntimezome = \"UTC\"\n";
        assertThat(LENIENT.readToml(doc).diagnostics()).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> STRICT.readToml(doc));
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("GEN-UNKNOWN-KEY", "customizations.timezome"));
        assertThat(STRICT.isStrict()).isTrue();
    }

    @Test
    void aReaderIsSafeToShareBetweenThreads() throws Exception {
        String doc = "name = \"a\"\n[[packages]]\nname = \"vim\"\n[customizations]\nhostnme = \"x\"\n";
        ReadResult expected = LENIENT.readToml(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReadResult>> results = pool.invokeAll(java.util.Collections.nCopies(64, () -> LENIENT.readToml(doc)));
            for (Future<ReadResult> result : results) {
                assertThat(result.get().blueprint()).isEqualTo(expected.blueprint());
                assertThat(result.get().diagnostics()).isEqualTo(expected.diagnostics());
            }
        } finally {
            pool.shutdown();
        }
    }
}
