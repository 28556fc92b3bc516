package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs that ended in GEN-INTERNAL or in a diagnostic without a place (issue 12) get a proper
 * diagnostic with line and column, or are read as TOML 1.0 asks.
 */
class ReadDiagnosticsTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    private static List<Diagnostic> refused(String text, Format format) {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> READER.read(text, format));
        assertThat(e).as("refused").isNotNull();
        return e.errors();
    }

    @Test
    void aListOfTablesHoldingAStringSaysTablesOrObjectsInTheDocumentsWords() {
        assertThat(refused("name = \"x\"\ngroups = [\"a\"]\n", Format.TOML)).extracting(Diagnostic::message)
                .containsExactly("The entries of \"groups\" must be tables, but this one is a string (\"a\").");
        assertThat(refused("{\"name\": \"x\", \"groups\": [\"a\"]}", Format.JSON)).extracting(Diagnostic::message)
                .containsExactly("The entries of \"groups\" must be objects, but this one is a string (\"a\").");
    }

    @Test
    void anInvalidTomlDateIsASyntaxErrorAtTheDate() {
        assertThat(refused("name = \"x\"\na = 1979-13-01\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column(), Diagnostic::message)
                .containsExactly(tuple("GEN-SYNTAX", 2, 5, "The document is not valid TOML: 1979-13-01 is not a valid date or time."));
    }

    @Test
    void anInvalidTomlTimeIsASyntaxErrorAtTheTimeAndEveryOneIsReported() {
        assertThat(refused("a = 27:00:00\nb = [1979-02-30, 07:32:00]\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-SYNTAX", 1, 5), tuple("GEN-SYNTAX", 2, 6));
    }

    @Test
    void fractionsOfASecondBeyondNanosecondsAreTruncatedAsToml10Asks() {
        ReadResult read = READER.readToml("""
                a = 1979-05-27T07:32:00.1234567891Z
                b = [07:32:00.99999999999, 1]
                name = "x"
                """);

        assertThat(read.blueprint().name()).isEqualTo("x");
        assertThat(read.blueprint().unknownKeys()).isEqualTo(Map.of("a", "1979-05-27T07:32:00.123456789Z",
                "b", List.of(LocalTime.of(7, 32, 0, 999_999_999).toString(), 1L)));
        // the value kept the columns of what follows it
        assertThat(read.diagnostics()).extracting(d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple(1, 1), tuple(2, 1));
    }

    @Test
    void nonFiniteNumbersInSizeAndOwnerFieldsAreDiagnosticsOfThoseFields() {
        assertThat(refused("{\"customizations\":{\"files\":[{\"path\":\"/etc/a\",\n\"user\":1e309}]}}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::path, d -> d.location().line())
                .containsExactly(tuple("FSNODE-ID-NONNEGATIVE", "customizations.files[0].user", 2));
        assertThat(refused("[[customizations.disk.partitions]]\nminsize = nan\n", Format.TOML))
                .extracting(Diagnostic::code, Diagnostic::path, d -> d.location().line())
                .containsExactly(tuple("PART-MINSIZE-VALUE", "customizations.disk.partitions[0].minsize", 2));
        assertThat(refused("[[customizations.filesystem]]\nmountpoint = \"/var\"\nminsize = nan\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line())
                .containsExactly(tuple("FS-SIZE-FORMAT", 3));
        assertThat(refused("{\"customizations\":{\"filesystem\":[{\"mountpoint\":\"/var\",\n\"minsize\":1e999}]}}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::message, d -> d.location().line())
                .containsExactly(tuple("FS-SIZE-FORMAT", "A size must be a finite number of bytes, not Infinity.", 2));
    }

    @Test
    void anEmptyOrBomOnlyJsonDocumentIsRefusedWithALocation() {
        assertThat(refused("", Format.JSON)).extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-SYNTAX", 1, 1));
        assertThat(refused("\uFEFF", Format.JSON)).extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-SYNTAX", 1, 1));
        assertThat(refused("\n  \n", Format.JSON)).extracting(d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple(3, 1));
    }

    @Test
    void aTomlDuplicateKeyIsReportedAtTheDuplicateAndNamed() {
        assertThat(refused("name = \"x\"\nname = \"y\"\n", Format.TOML))
                .extracting(Diagnostic::code, Diagnostic::path, d -> d.location().line(), d -> d.location().column(),
                        Diagnostic::message)
                .containsExactly(tuple("GEN-SYNTAX", "name", 2, 1, "The document is not valid TOML: \"name\" is set twice."));
        assertThat(refused("[customizations]\nhostname = \"a\"\n  hostname = \"b\" # again\n", Format.TOML))
                .extracting(Diagnostic::path, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("customizations.hostname", 3, 3));
        assertThat(refused("a = { b = 1, b = 2 }\n", Format.TOML))
                .extracting(Diagnostic::path, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("a.b", 1, 14));
    }

    @Test
    void aShortTomlFloatWithAHugeExponentAsASizeIsRefusedWithoutExpandingIt() {
        assertThat(refused("[[customizations.disk.partitions]]\nminsize = 401e400096\n", Format.TOML))
                .extracting(Diagnostic::code, Diagnostic::message, d -> d.location().line())
                .containsExactly(tuple("PART-MINSIZE-VALUE", "A size in bytes must be below 2^64, not 4.01E+400098.", 2));
    }
}
