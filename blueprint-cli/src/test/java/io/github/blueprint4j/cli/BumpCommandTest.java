package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BumpCommandTest {

    @ParameterizedTest(name = "--stored {0} --pushed {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2.3      | 1.2.3      | 1.2.4
            1.2.3-rc.1 | 1.2.3-rc.1 | 1.2.4
            01.2.3     | 01.2.3     | 1.2.4
            1.0.0      | 0.5.0      | 0.5.0
            foo        | 1.0.0      | 1.0.0
            1.2.3      | ''         | 0.0.0
            0.0.0      | ''         | 0.0.1
            """)
    void printsTheVersionTheServerStores(String stored, String pushed, String expected) {
        Cli.Result result = Cli.run("bump", "--stored", stored, "--pushed", pushed);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(expected + System.lineSeparator());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void withoutAStoredVersionThePushedOneIsStored() {
        assertThat(Cli.run("bump", "--pushed", "2.0.0").out().strip()).isEqualTo("2.0.0");
        assertThat(Cli.run("bump").out().strip()).isEqualTo("0.0.0");
        assertThat(Cli.run("bump", "--stored", "0.0.0").out().strip()).isEqualTo("0.0.1");
    }

    @Test
    void aPushedVersionTheServerRefusesExitsOne() {
        Cli.Result result = Cli.run("bump", "--stored", "1.2.3", "--pushed", "v1.2.3");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("error BP-VERSION-SEMVER: \"v1.2.3\" is not a semantic version"
                + " MAJOR.MINOR.PATCH[-PRE][+BUILD]; the server refuses the push.");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Cli.Result result = Cli.run("bump", "1.2.3");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument", "Usage: blueprint bump");
    }

    @Test
    void helpDescribesTheRules() {
        Cli.Result result = Cli.run("bump", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: blueprint bump", "--stored=VERSION", "--pushed=VERSION",
                "1.2.3-rc.1 -> 1.2.4", "Exit codes:");
    }

    @Test
    void writeBumpsTheFileVersionInPlace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String toml = "# web\nname = \"web\"\nversion = \"1.2.3\" # the release\n\n[[packages]]\nname = \"vim\"\n";
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("web.toml"), toml);

        Cli.Result result = Cli.run("bump", "--write", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("1.2.4" + System.lineSeparator());
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(toml.replace("1.2.3", "1.2.4"));
    }

    @Test
    void writeWithAStoredVersionStoresWhatTheServerStores(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("web.toml"), "name = \"web\"\nversion = \"2.0.0\"\n");

        Cli.Result result = Cli.run("bump", "--stored", "1.0.0", "--write", file.toString());

        assertThat(result.out().strip()).isEqualTo("2.0.0");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("name = \"web\"\nversion = \"2.0.0\"\n");
        assertThat(Cli.run("bump", "--pushed", "1.0.0", "--write", file.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void writeEditsAJsonFileInPlaceAndKeepsAValueABlueprintCannotHold(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String json = "{\n    \"name\": \"web\",\n    \"version\": \"1.2.3\",\n    \"extra\": [1, null]\n}\n";
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("web.json"), json);

        Cli.Result result = Cli.run("bump", "--write", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("1.2.4");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(json.replace("1.2.3", "1.2.4"));
    }

    @Test
    void writeEditsATomlFileInPlaceAndKeepsAValueABlueprintCannotHold(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String toml = "name = \"web\"\nversion = \"1.2.3\"\nratio = nan\n";
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("web.toml"), toml);

        Cli.Result result = Cli.run("bump", "--write", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(file)).isEqualTo(toml.replace("1.2.3", "1.2.4"));
    }
}
