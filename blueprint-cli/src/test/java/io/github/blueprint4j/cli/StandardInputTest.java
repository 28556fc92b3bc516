package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} names standard input for every command that reads blueprint files, and for none that writes them. */
class StandardInputTest {

    private static final String TOML = "version = \"1.0.0\"\nname = \"web\"\n";

    @TempDir
    Path dir;

    @Test
    void convertReadsStandardInputAndDetectsItsFormat() {
        Cli.Result result = Cli.runWithInput(TOML, "convert", "--to", "json", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("{\n  \"name\": \"web\",\n  \"version\": \"1.0.0\"\n}\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void fmtPrintsAndChecksStandardInput() {
        Cli.Result printed = Cli.runWithInput(TOML, "fmt", "-");
        Cli.Result checked = Cli.runWithInput(TOML, "fmt", "--check", "-");

        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).isEqualTo("name = \"web\"\nversion = \"1.0.0\"\n");
        assertThat(checked.exitCode()).isEqualTo(1);
        assertThat(checked.outLines()).containsExactly("-");
    }

    @Test
    void diffComparesStandardInputWithAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("web.toml"), "name = \"web\"\nversion = \"1.0.1\"\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.runWithInput(TOML, "diff", "-", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly("~ version = \"1.0.0\" -> \"1.0.1\"");
    }

    @Test
    void standardInputNamedTwiceIsReadOnce() {
        Cli.Result result = Cli.runWithInput(TOML, "diff", "-", "-");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("-: error IO-READ: Standard input is read once; it is named twice.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void validateReadsStandardInputOnce() {
        Cli.Result result = Cli.runWithInput(TOML, "validate", "-", "-");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.outLines()).containsExactly("-: error IO-READ: Standard input is read once; it is named twice.");
        assertThat(result.errLines()).last().isEqualTo("2 files checked, 1 unreadable");
    }

    @Test
    void hashPasswordsPrintsStandardInputWithTheHash() {
        Cli.Result result = Cli.runWithInput(TOML + "\n[[customizations.user]]\nname = \"admin\"\npassword = \"secret\"\n",
                "hash-passwords", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("password = \"$6$").doesNotContain("secret");
    }

    @Test
    void commandsThatWriteFilesRefuseStandardInputAsAUsageError() {
        String[][] runs = {
            {"fmt", "--write", "-"},
            {"hash-passwords", "--write", "-"},
            {"bump", "--write", "-"},
            {"convert", "--to", "json", "--out-dir", dir.toString(), "-"},
        };
        for (String[] args : runs) {
            Cli.Result result = Cli.runWithInput(TOML, args);

            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", args)).contains("- (standard input) is no file to write");
            assertThat(result.out()).as(String.join(" ", args)).isEmpty();
        }
    }
}
