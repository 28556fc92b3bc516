package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's limits: each refuses what exceeds it with its code, line and column. */
class ReadLimitsTest {

    private static final BlueprintReader SMALL = BlueprintReader.builder()
            .maxDocumentLength(2000).maxStringLength(1024).maxKeyLength(64).maxNumberLength(32)
            .maxListEntries(1000).maxFindings(10).build();

    private static List<Diagnostic> refused(BlueprintReader reader, String text, Format format) {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> reader.read(text, format));
        assertThat(e).as("refused").isNotNull();
        return e.diagnostics();
    }

    private static List<Diagnostic> refused(String text, Format format) {
        return refused(SMALL, text, format);
    }

    @Test
    void aStringLongerThanTheLimitIsGenLimitStringAtTheStringNotADepthError() {
        String text = "d".repeat(1025);
        assertThat(refused("name = \"x\"\ndescription = \"" + text + "\"\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-STRING", 2, 15));
        assertThat(refused("{\"name\": \"x\",\n \"description\": \"" + text + "\"}", Format.JSON))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-STRING", 2, 17));
        assertThat(SMALL.readToml("description = \"" + "d".repeat(1024) + "\"").blueprint().description()).hasSize(1024);
    }

    @Test
    void aKeyLongerThanTheLimitIsGenLimitKeyAtTheKey() {
        String key = "k".repeat(65);
        assertThat(refused("name = \"x\"\n" + key + " = 1\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-KEY", 2, 1));
        assertThat(refused("name = \"x\"\n[a.\"" + key + "\"]\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-KEY", 2, 4));
        assertThat(refused("{\"name\": \"x\",\n \"" + key + "\": 1}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::message, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-KEY", "A key is longer than the limit of 64 characters.", 2, 2));
    }

    @Test
    void aNumberLongerThanTheLimitIsGenLimitNumberAtTheNumber() {
        assertThat(refused("name = \"x\"\nv = " + "1".repeat(33) + "\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-NUMBER", 2, 5));
        assertThat(refused("name = \"x\"\nv = [1, 0." + "1".repeat(40) + "]\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-NUMBER", 2, 9));
        assertThat(refused("{\"name\": \"x\",\n\"v\": " + "1".repeat(40) + "}", Format.JSON))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-NUMBER", 2, 6));
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefusedBeforeParsingAtTheFirstCharacterTooMany() {
        String text = "name = \"x\"\n# " + "c".repeat(3000) + "\n";
        assertThat(refused(text, Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column(), Diagnostic::message)
                .containsExactly(tuple("GEN-LIMIT-DOCUMENT", 2, 1990,
                        "The document is 3,014 characters long, more than the limit of 2,000 characters."));
    }

    @Test
    void streamsAndFilesAreNotReadBeyondTheDocumentLimit(@TempDir Path dir) throws Exception {
        String text = "name = \"x\"\n" + "#".repeat(5000) + "\n";
        Path file = Files.writeString(dir.resolve("big.toml"), text);

        for (BlueprintParseException e : List.of(
                catchThrowableOfType(BlueprintParseException.class, () -> SMALL.read(file)),
                catchThrowableOfType(BlueprintParseException.class, () -> SMALL.read(new StringReader(text), Format.TOML)),
                catchThrowableOfType(BlueprintParseException.class, () -> SMALL.read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null)))) {
            assertThat(e.diagnostics()).extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                    .containsExactly(tuple("GEN-LIMIT-DOCUMENT", 2, 1990));
        }
    }

    @Test
    void aListLongerThanTheLimitIsRefusedAtItsFirstEntryTooMany() {
        BlueprintReader lists = BlueprintReader.builder().maxListEntries(1000).build();
        assertThat(refused(lists, "name = \"x\"\n" + "[[packages]]\nname = \"a\"\n".repeat(1001), Format.TOML))
                .extracting(Diagnostic::code, Diagnostic::path, d -> d.location().line())
                .containsExactly(tuple("GEN-LIMIT-LIST", "packages[1000]", 2002));
        assertThat(refused(lists, "{\"customizations\": {\"kernel\": {}, \"firewall\": {\"ports\": ["
                + "\"22:tcp\",".repeat(1000) + "\"80:tcp\"]}}}", Format.JSON))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("GEN-LIMIT-LIST", "customizations.firewall.ports[1000]"));
        assertThat(lists.readToml("packages = [" + "{name = \"a\"},".repeat(1000) + "]").blueprint().packages()).hasSize(1000);
    }

    @Test
    void findingsBeyondTheLimitAreCountedInOneLastFindingWithTheWorstSeverity() {
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            users.append("[[customizations.user]]\nname = \"u\"\nuid = \"").append(i).append("\"\n");
        }
        List<Diagnostic> found = refused(BlueprintReader.builder().maxFindings(10).build(), users.toString(), Format.TOML);

        assertThat(found).hasSize(11);
        assertThat(found.get(10)).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path,
                        d -> d.location().line(), Diagnostic::message)
                .containsExactly("GEN-LIMIT-FINDINGS", Severity.ERROR, "customizations.user[10].uid", 33,
                        "20 more findings are not listed: a read lists at most 10; this is the first of them.");
    }

    @Test
    void unknownKeysBeyondAHundredAreSummedUpInOneWarning() {
        StringBuilder text = new StringBuilder("name = \"x\"\n");
        for (int i = 0; i < 250; i++) {
            text.append("k").append(i).append(" = ").append(i).append('\n');
        }
        ReadResult read = BlueprintReader.builder().build().readToml(text.toString());

        assertThat(read.blueprint().unknownKeys()).hasSize(250);
        assertThat(read.diagnostics()).hasSize(101);
        assertThat(read.diagnostics().get(100)).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path,
                        d -> d.location().line(), Diagnostic::message)
                .containsExactly("GEN-UNKNOWN-KEY", Severity.WARNING, "k100", 102,
                        "150 more keys that the format does not define are not listed one by one; this is the first of them.");
        assertThat(refused(BlueprintReader.builder().strict(true).build(), text.toString(), Format.TOML))
                .hasSize(101).last().extracting(Diagnostic::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void limitsBelowTheirFloorAreRefusedByTheBuilder() {
        assertThatThrownBy(() -> BlueprintReader.builder().maxDocumentLength(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDocumentLength must be at least 1024: 10");
        assertThatThrownBy(() -> BlueprintReader.builder().maxFindings(0)).isInstanceOf(IllegalArgumentException.class);
        BlueprintReader defaults = BlueprintReader.builder().build();
        assertThat(List.of(defaults.maxDocumentLength(), defaults.maxStringLength(), defaults.maxKeyLength(),
                defaults.maxNumberLength(), defaults.maxListEntries(), defaults.maxFindings()))
                .containsExactly(16 << 20, 4 << 20, 1024, 100, 100_000, 1000);
    }

    @Test
    void jacksonsOwnLengthsNoLongerPassAsADepthErrorUnderTheDefaultLimits() {
        BlueprintReader defaults = BlueprintReader.builder().build();
        assertThat(refused(defaults, "name = \"x\"\n" + "k".repeat(50_001) + " = 1\n", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-KEY", 2, 1));
        assertThat(refused(defaults, "{\"name\": \"x\", \"v\": " + "9".repeat(1001) + "}", Format.JSON))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-NUMBER", 1, 20));
        assertThat(refused(defaults, "description = '''" + "d".repeat(5_000_000) + "'''", Format.TOML))
                .extracting(Diagnostic::code, d -> d.location().line(), d -> d.location().column())
                .containsExactly(tuple("GEN-LIMIT-STRING", 1, 15));
        assertThat(refused(defaults, "description = \"" + "d".repeat(20_000_001) + "\"", Format.TOML))
                .extracting(Diagnostic::code).containsExactly("GEN-LIMIT-DOCUMENT");
    }
}
