package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.io.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticFormatTest {

    private static final Diagnostic FULL = new Diagnostic("FSNODE-PATH-ABSOLUTE", Severity.ERROR,
            "customizations.files[0].path", new SourceLocation(12, 3), "The path must be absolute.", "start it with /");
    private static final Diagnostic BARE = new Diagnostic("GEN-NOTE", Severity.INFO, null, null, "A remark.", null);

    @Test
    void textHasEveryPartThatIsKnown() {
        assertThat(DiagnosticFormat.text("web.toml", FULL)).isEqualTo(
                "web.toml:12:3: error FSNODE-PATH-ABSOLUTE customizations.files[0].path: The path must be absolute."
                        + " (start it with /)");
    }

    @Test
    void textLeavesOutTheUnknownParts() {
        assertThat(DiagnosticFormat.text("web.toml", BARE)).isEqualTo("web.toml: info GEN-NOTE: A remark.");
        assertThat(DiagnosticFormat.text("w.json", FULL.withLocation(null).withSeverity(Severity.WARNING)))
                .isEqualTo("w.json: warning FSNODE-PATH-ABSOLUTE customizations.files[0].path:"
                        + " The path must be absolute. (start it with /)");
    }

    @Test
    void jsonLineHasTheDocumentedKeysInOrder() {
        assertThat(DiagnosticFormat.jsonLine("dir/web.toml", Format.TOML, List.of(FULL, BARE))).isEqualTo(
                "{\"file\": \"dir/web.toml\", \"format\": \"toml\", \"valid\": false, \"diagnostics\": ["
                        + "{\"code\": \"FSNODE-PATH-ABSOLUTE\", \"severity\": \"ERROR\","
                        + " \"path\": \"customizations.files[0].path\", \"line\": 12, \"column\": 3,"
                        + " \"message\": \"The path must be absolute.\", \"hint\": \"start it with /\"}, "
                        + "{\"code\": \"GEN-NOTE\", \"severity\": \"INFO\", \"path\": null, \"line\": null,"
                        + " \"column\": null, \"message\": \"A remark.\", \"hint\": null}]}");
    }

    @Test
    void jsonLineIsValidWithoutErrorsAndEscapesText() {
        Diagnostic warning = Diagnostic.warning("GEN-UNKNOWN-KEY", "a\"b\tc", "Two\nlines.", null);

        assertThat(DiagnosticFormat.jsonLine("x.json", Format.JSON, List.of()))
                .isEqualTo("{\"file\": \"x.json\", \"format\": \"json\", \"valid\": true, \"diagnostics\": []}");
        assertThat(DiagnosticFormat.jsonLine("x.json", Format.JSON, List.of(warning)))
                .contains("\"valid\": true", "\"path\": \"a\\\"b\\tc\"",
                        // the diagnostic escaped the line break already; JSON escapes the backslash
                        "\"message\": \"Two\\\\nlines.\"")
                .doesNotContain("\n");
    }
}
