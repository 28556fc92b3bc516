package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.io.Blueprints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {

    // Comments, which fmt keeps with their keys, and unusual spacing and order, which it does not keep.
    private static final String UNFORMATTED = "# the web server\nversion   =   \"1.0.0\" # bumped on push\n"
            + "name = \"web\"\n\n[customizations]\n# the host\nhostname = \"web01\"\n";
    private static final String FORMATTED = "name = \"web\"\n# the web server\nversion = \"1.0.0\" # bumped on push\n\n"
            + "[customizations]\n# the host\nhostname = \"web01\"\n";

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeFile() throws IOException {
        file = Files.writeString(dir.resolve("web.toml"), UNFORMATTED, StandardCharsets.UTF_8);
    }

    @Test
    void printsTheCanonicalDocumentWithItsComments() {
        Cli.Result result = Cli.run("fmt", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(FORMATTED);
        assertThat(Blueprints.readToml(result.out())).isEqualTo(Blueprints.readToml(UNFORMATTED));
    }

    @Test
    void writeKeepsEveryCommentAndMultiLineArrays() throws IOException {
        String commented = "# Blueprint of the web server.\n\nname = \"web\"\n\n"
                + "[customizations.firewall]\nports = [\n  \"22:tcp\", # ssh\n  # web\n  \"443:tcp\",\n]\n\n"
                + "[customizations]\nhostname = \"web01\" # short name\n# end of file\n";
        Files.writeString(file, commented, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("fmt", "--write", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo("# Blueprint of the web server.\n\nname = \"web\"\n\n"
                + "[customizations]\nhostname = \"web01\" # short name\n\n"
                + "[customizations.firewall]\nports = [\n    \"22:tcp\", # ssh\n    # web\n    \"443:tcp\",\n]\n\n"
                + "# end of file\n");
    }

    @Test
    void checkWithDiffPrintsAUnifiedDiff() {
        Cli.Result result = Cli.run("fmt", "--check", "--diff", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("--- " + file + "\n+++ " + file + " (formatted)\n"
                + "@@ -1,6 +1,6 @@\n"
                + "-# the web server\n"
                + "-version   =   \"1.0.0\" # bumped on push\n"
                + " name = \"web\"\n"
                + "+# the web server\n"
                + "+version = \"1.0.0\" # bumped on push\n"
                + " \n"
                + " [customizations]\n"
                + " # the host\n");
        assertThat(Cli.run("fmt", "--diff", file.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void checkFailsUntilWriteFormats() throws IOException {
        Cli.Result check = Cli.run("fmt", "--check", file.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.outLines()).containsExactly(file.toString());
        assertThat(Files.readString(file)).isEqualTo(UNFORMATTED);

        Cli.Result write = Cli.run("fmt", "--write", file.toString());
        assertThat(write.exitCode()).isZero();
        assertThat(write.out()).isEmpty();
        String formatted = Files.readString(file);
        assertThat(formatted).isNotEqualTo(UNFORMATTED);
        assertThat(Blueprints.readToml(formatted)).isEqualTo(Blueprints.readToml(UNFORMATTED));

        Cli.Result again = Cli.run("fmt", "--check", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(Cli.run("fmt", file.toString()).out()).isEqualTo(formatted);
    }

    @Test
    void writeLeavesFormattedFilesUntouched() throws IOException {
        assertThat(Cli.run("fmt", "--write", file.toString()).exitCode()).isZero();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        assertThat(Cli.run("fmt", "--write", file.toString()).exitCode()).isZero();

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void checkListsOnlyTheFilesThatWouldChange() throws IOException {
        Path formatted = dir.resolve("formatted.toml");
        Files.writeString(formatted, Cli.run("fmt", file.toString()).out(), StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("fmt", "--check", formatted.toString(), file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(file.toString());
    }

    @Test
    void filesWithErrorsAreReportedAndTheOthersFormatted() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.toml"), "name = \n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("fmt", "--write", bad.toString(), file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(bad + ":1:", "error GEN-SYNTAX");
        assertThat(Files.readString(bad)).isEqualTo("name = \n");
        assertThat(Files.readString(file)).isNotEqualTo(UNFORMATTED);
    }

    @Test
    void missingFileExitsTwo() {
        Path missing = dir.resolve("missing.toml");

        Cli.Result result = Cli.run("fmt", "--check", missing.toString(), file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(missing + ": error IO-READ: The file does not exist.");
        assertThat(result.outLines()).containsExactly(file.toString());
    }

    @Test
    void jsonFileIsReportedSuggestingConvertAndTheOtherFilesAreFormatted() throws IOException {
        Path json = Files.writeString(dir.resolve("web.JSON"), "{\"name\": \"web\"}", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("fmt", "--write", file.toString(), json.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(json + ": The file holds JSON, but fmt formats TOML only;"
                + " use \"blueprint convert --to toml\" instead.");
        assertThat(Files.readString(file)).isNotEqualTo(UNFORMATTED);
        assertThat(Files.readString(json)).isEqualTo("{\"name\": \"web\"}");
    }

    @Test
    void checkReportsEachFileInsteadOfAbortingWithTheUsage() throws IOException {
        Path json = Files.writeString(dir.resolve("b.json"), "{\"name\": \"web\"}", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("fmt", "--check", file.toString(), json.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.outLines()).containsExactly(file.toString());
        assertThat(result.errLines()).containsExactly(json + ": The file holds JSON, but fmt formats TOML only;"
                + " use \"blueprint convert --to toml\" instead.");
        assertThat(result.err()).doesNotContain("Usage:");
    }

    @Test
    void jsonContentWithoutExtensionIsRefused() throws IOException {
        Path json = Files.writeString(dir.resolve("web"), "{\"name\": \"web\"}", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("fmt", "--write", json.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("TOML only", "convert");
        assertThat(Files.readString(json)).isEqualTo("{\"name\": \"web\"}");
    }

    @Test
    void checkAndWriteTogetherAreAUsageError() {
        Cli.Result result = Cli.run("fmt", "--check", "--write", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void severalFilesWithoutCheckOrWriteIsAUsageError() throws IOException {
        Path other = Files.writeString(dir.resolve("other.toml"), "name = \"x\"\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("fmt", file.toString(), other.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(Cli.run("fmt").exitCode()).isEqualTo(2);
    }

    @Test
    void aValueFormattingWouldDropIsReportedAndTheFileIsNotWritten() throws IOException {
        String nan = "name = \"web\"\nratio = nan\n";
        Files.writeString(file, nan, StandardCharsets.UTF_8);

        for (String mode : new String[] {"--write", "--check"}) {
            Cli.Result result = Cli.run("fmt", mode, file.toString());

            assertThat(result.exitCode()).as(mode).isEqualTo(1);
            assertThat(result.out()).as(mode).isEmpty();
            assertThat(result.err()).as(mode).contains(file + ":2:1: warning GEN-VALUE-NOT-KEPT ratio:",
                    file + ": The file is not written: its new text would lose the value above");
            assertThat(Files.readString(file)).isEqualTo(nan);
        }
        assertThat(Cli.run("fmt", file.toString()).out()).isEmpty();
    }
}
