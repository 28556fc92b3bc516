package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import org.junit.jupiter.api.Test;

/**
 * Defects the fuzz tests of {@code blueprint-fuzz} found, one test each (FUZZING.md lists them
 * with the inputs that found them).
 */
class FuzzFindingsTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    @Test
    void aTomlFloatBeyondTheDoubleRangeUnderAnUnknownKeyIsNotKeptInsteadOfBecomingInfinity() {
        ReadResult read = READER.readToml("name = \"x\"\n[[extra]]\nmountpoint = 1e400\nsize = -1e400\n");

        assertThat(read.blueprint().unknownKeys()).isEmpty();
        assertThat(read.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path,
                        Diagnostic::line, Diagnostic::column, Diagnostic::message)
                .containsExactly(tuple("GEN-UNKNOWN-KEY", Severity.WARNING, "extra", 2, 1,
                                "\"extra\" is not a key of the document root; the server ignores it."),
                        tuple("GEN-VALUE-NOT-KEPT", Severity.WARNING, "extra[0].mountpoint", 3, 1,
                                "The value of this unknown key is not kept: the number is beyond the range of a 64-bit"
                                        + " float, which TOML and this reader cannot hold."));
        assertThat(Blueprints.toToml(read.blueprint())).isEqualTo("name = \"x\"\n");
        assertThat(READER.readToml(Blueprints.toToml(read.blueprint())).blueprint()).isEqualTo(read.blueprint());
    }
}
