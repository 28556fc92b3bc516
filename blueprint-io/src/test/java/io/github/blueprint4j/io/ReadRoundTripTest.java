package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What is read writes as TOML and as JSON that read back equal, or is refused when read: the
 * round-trip defects of issue 12, each named after the behaviour.
 */
class ReadRoundTripTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    /** Reads a document and checks that both written forms read back equal to it. */
    private static ReadResult readAndRoundTrip(String text, Format format) {
        ReadResult read = READER.read(text, format);
        Blueprint blueprint = read.blueprint();
        assertThat(READER.readToml(Blueprints.toToml(blueprint)).blueprint()).as("TOML round trip").isEqualTo(blueprint);
        assertThat(READER.readJson(Blueprints.toJson(blueprint)).blueprint()).as("JSON round trip").isEqualTo(blueprint);
        return read;
    }

    private static List<Diagnostic> refused(String text, Format format) {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> READER.read(text, format));
        assertThat(e).as("refused").isNotNull();
        return e.errors();
    }

    @Test
    void nullInAListOfAnUnknownKeyIsNotKeptSoTomlCanBeWritten() {
        ReadResult read = readAndRoundTrip("{\"name\":\"x\",\n\"extra\":[1,null]}", Format.JSON);

        assertThat(read.blueprint().unknownKeys()).isEmpty();
        assertThat(read.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path,
                        d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-UNKNOWN-KEY", Severity.WARNING, "extra", 2, 1),
                        tuple("GEN-VALUE-NOT-KEPT", Severity.WARNING, "extra[1]", 2, 12));
        assertThat(Blueprints.toToml(read.blueprint())).isEqualTo("name = \"x\"\n");
    }

    @Test
    void nullMembersOfAnUnknownTableAreAbsentAsInKnownOnes() {
        ReadResult read = readAndRoundTrip("{\"name\":\"x\",\"extra\":{\"a\":null,\"b\":[1,{\"c\":null}]},\"gone\":null}",
                Format.JSON);

        assertThat(read.blueprint().unknownKeys()).isEqualTo(Map.of("extra", Map.of("b", List.of(1L, Map.of()))));
    }

    @Test
    void anOverflowingJsonNumberUnderAnUnknownKeyIsNotKeptInsteadOfBecomingInfinity() {
        ReadResult read = readAndRoundTrip("{\"name\":\"x\",\"x\":1e400}", Format.JSON);

        assertThat(read.blueprint().unknownKeys()).isEmpty();
        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("GEN-UNKNOWN-KEY", "GEN-VALUE-NOT-KEPT");
    }

    @Test
    void tomlNanInfinityAndOverflowingFloatsAndJsonIntegersBeyond64BitsUnderUnknownKeysAreNotKept() {
        assertThat(readAndRoundTrip("name = \"x\"\na = nan\nb = -inf\nc = 1e400\n", Format.TOML).diagnostics())
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("GEN-UNKNOWN-KEY", "a"), tuple("GEN-VALUE-NOT-KEPT", "a"),
                        tuple("GEN-UNKNOWN-KEY", "b"), tuple("GEN-VALUE-NOT-KEPT", "b"),
                        tuple("GEN-UNKNOWN-KEY", "c"), tuple("GEN-VALUE-NOT-KEPT", "c"));
        assertThat(readAndRoundTrip("{\"a\": 99999999999999999999}", Format.JSON).blueprint().unknownKeys()).isEmpty();
    }

    @Test
    void unknownKeyFloatsKeepTheirTypeThroughBothFormats() {
        ReadResult toml = readAndRoundTrip("a = 1.5\nb = 1e300\nc = -0.0\nd = 5e-324\n", Format.TOML);
        ReadResult json = readAndRoundTrip("{\"a\": 1.5, \"b\": 1e300, \"c\": -0.0, \"d\": 1E2}", Format.JSON);

        assertThat(toml.blueprint().unknownKeys()).isEqualTo(Map.of("a", 1.5, "b", 1e300, "c", 0.0, "d", 4.9e-324));
        assertThat(json.blueprint().unknownKeys()).isEqualTo(Map.of("a", 1.5, "b", 1e300, "c", 0.0, "d", 100.0));
    }

    @Test
    void unknownKeyDatesAndTimesAreKeptAsTheirTextSoJsonCanHoldThem() {
        ReadResult read = readAndRoundTrip("""
                t = 07:32:00
                d = 1979-05-27
                l = 1979-05-27 07:32:00.5
                o = 1979-05-27T07:32:00-07:00
                """, Format.TOML);

        assertThat(read.blueprint().unknownKeys()).isEqualTo(Map.of("t", "07:32:00", "d", "1979-05-27",
                "l", "1979-05-27T07:32:00.5", "o", "1979-05-27T07:32:00-07:00"));
    }

    @Test
    void nullFilesystemFileAndPartitionEntriesAreCheckedAsEmptyTablesAsTheServerDoes() {
        assertThat(refused("{\"customizations\":{\"filesystem\":[null]}}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("FS-MOUNTPOINT-REQUIRED", "customizations.filesystem[0].mountpoint"),
                        tuple("FS-MINSIZE-REQUIRED", "customizations.filesystem[0].minsize"));
        assertThat(refused("{\"customizations\":{\"files\":[null]}}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("FSNODE-PATH-REQUIRED", "customizations.files[0].path"));
        assertThat(refused("{\"customizations\":{\"disk\":{\"partitions\":[null]}}}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("PART-MINSIZE-REQUIRED", "customizations.disk.partitions[0].minsize"));
    }

    @Test
    void nullEntriesOfListsWithoutRulesStayEmptyEntriesThatSurviveBothFormats() {
        ReadResult read = readAndRoundTrip("{\"packages\":[null],\"customizations\":{\"user\":[null]}}", Format.JSON);

        assertThat(read.blueprint().packages()).hasSize(1);
        assertThat(read.blueprint().customizations().user()).hasSize(1);
    }

    @Test
    void aJsonFilesystemSizeKeyIsNotKeptBecauseTomlWouldReadItAsTheMinsizeAlias() {
        ReadResult read = readAndRoundTrip(
                "{\"customizations\":{\"filesystem\":[{\"mountpoint\":\"/var\",\"minsize\":1000,\"size\":2000}]}}",
                Format.JSON);

        assertThat(read.blueprint().customizations().filesystem().get(0).unknownKeys()).isEmpty();
        assertThat(read.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::hint).containsExactly(
                tuple("GEN-UNKNOWN-KEY", "customizations.filesystem[0].size",
                        "JSON knows only minsize; size, a deprecated alias read from TOML only, is not kept"),
                tuple("GEN-VALUE-NOT-KEPT", "customizations.filesystem[0].size",
                        "remove the key, or give the size as minsize"));
    }

    @Test
    void aJsonFilesystemMinsizeThatTruncatesToZeroIsRefusedAsTomlRefusesZero() {
        assertThat(refused("{\"customizations\":{\"filesystem\":[{\"mountpoint\":\"/var\",\"minsize\":0.4}]}}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::message)
                .containsExactly(tuple("FS-MINSIZE-REQUIRED", "customizations.filesystem[0].minsize",
                        "A filesystem's minimum size cannot be 0."));
        assertThat(refused("{\"customizations\":{\"filesystem\":[{\"mountpoint\":\"/var\",\"minsize\":0}]}}", Format.JSON))
                .extracting(Diagnostic::code).containsExactly("FS-MINSIZE-REQUIRED");
    }
}
