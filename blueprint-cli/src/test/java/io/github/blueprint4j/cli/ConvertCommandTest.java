package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private static final String TOML = "name = \"web\"\ndescription = \"A web server\"\nversion = \"1.0.0\"\n"
            + "[customizations]\nhostname = \"web01\"\n";
    private static final String JSON = "{\"name\": \"db\", \"version\": \"2.0.0\","
            + " \"customizations\": {\"timezone\": {\"timezone\": \"UTC\"}}}";

    @TempDir
    Path dir;

    private Path toml;
    private Path json;

    @BeforeEach
    void writeFiles() throws IOException {
        toml = Files.writeString(dir.resolve("web.toml"), TOML, StandardCharsets.UTF_8);
        json = Files.writeString(dir.resolve("a.blueprint.json"), JSON, StandardCharsets.UTF_8);
    }

    @Test
    void convertsTomlToJsonOnStandardOutput() throws IOException {
        Cli.Result result = Cli.run("convert", "--to", "json", toml.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode document = new ObjectMapper().readTree(result.out());
        assertThat(document.get("name").asText()).isEqualTo("web");
        assertThat(document.at("/customizations/hostname").asText()).isEqualTo("web01");
        assertThat(Blueprints.readJson(result.out())).isEqualTo(Blueprints.readToml(TOML));
    }

    @Test
    void convertsJsonToTomlOnStandardOutput() {
        Cli.Result result = Cli.run("convert", "--to", "TOML", json.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Blueprints.readToml(result.out())).isEqualTo(Blueprints.readJson(JSON));
    }

    @Test
    void writesIntoTheOutputDirectoryReplacingTheLastExtension() throws IOException {
        Path bare = Files.writeString(dir.resolve("plain"), TOML, StandardCharsets.UTF_8);
        Path out = dir.resolve("out/nested");

        Cli.Result result = Cli.run("convert", "--to", "toml", "--out-dir", out.toString(), json.toString(),
                toml.toString(), bare.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(out.resolve("a.blueprint.toml")).exists();
        assertThat(out.resolve("web.toml")).exists();
        assertThat(out.resolve("plain.toml")).exists();
        assertThat(Blueprints.read(out.resolve("a.blueprint.toml"))).isEqualTo(Blueprints.readJson(JSON));
        assertThat(Blueprints.read(out.resolve("plain.toml"))).isEqualTo(Blueprints.readToml(TOML));
    }

    @Test
    void targetNamesReplaceOnlyTheLastExtension() {
        assertThat(ConvertCommand.targetName(Path.of("x/a.blueprint.json"), Format.TOML)).isEqualTo("a.blueprint.toml");
        assertThat(ConvertCommand.targetName(Path.of("web.TOML"), Format.JSON)).isEqualTo("web.json");
        assertThat(ConvertCommand.targetName(Path.of("web"), Format.JSON)).isEqualTo("web.json");
        assertThat(ConvertCommand.targetName(Path.of(".hidden"), Format.TOML)).isEqualTo(".hidden.toml");
    }

    @Test
    void badFilesAreReportedAndTheOthersConverted() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.toml"), "name = \"x\"\nversion = \n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "json", "--out-dir", out.toString(), bad.toString(),
                toml.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith(bad + ":2:").contains("error GEN-SYNTAX");
        assertThat(out.resolve("bad.json")).doesNotExist();
        assertThat(Blueprints.read(out.resolve("web.json"))).isEqualTo(Blueprints.readToml(TOML));
    }

    @Test
    void badFileOnStandardOutputPrintsNothingThere() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"name\": ", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("convert", "--to", "toml", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("error GEN-SYNTAX");
    }

    @Test
    void missingFileExitsTwoEvenWithBadFiles() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.toml"), "name = \n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.json");
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "toml", "--out-dir", out.toString(), missing.toString(),
                bad.toString(), json.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(missing + ": error IO-READ: The file does not exist.");
        assertThat(out.resolve("a.blueprint.toml")).exists();
    }

    @Test
    void severalFilesWithoutOutputDirectoryIsAUsageError() {
        Cli.Result result = Cli.run("convert", "--to", "json", toml.toString(), json.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("--out-dir", "Usage: blueprint convert");
    }

    @Test
    void inputsWithTheSameTargetAreAUsageError() throws IOException {
        Path other = Files.writeString(Files.createDirectory(dir.resolve("other")).resolve("web.json"), JSON,
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "toml", "--out-dir", out.toString(), toml.toString(),
                other.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("would both be written to");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingOrWrongTargetFormatIsAUsageError() {
        assertThat(Cli.run("convert", toml.toString()).exitCode()).isEqualTo(2);
        Cli.Result yaml = Cli.run("convert", "--to", "yaml", toml.toString());
        assertThat(yaml.exitCode()).isEqualTo(2);
        assertThat(yaml.err()).contains("expected toml, json, hosted, cloudapi or bib but was 'yaml'");
        assertThat(Cli.run("convert", "--to", "json").exitCode()).isEqualTo(2);
    }

    @Test
    void outputDirectoryThatIsAFileExitsTwo() {
        Cli.Result result = Cli.run("convert", "--to", "json", "--out-dir", json.toString(), toml.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("The directory cannot be created");
    }

    @Test
    void convertedBlueprintsKeepTheirContent() throws IOException {
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "json", "--out-dir", out.toString(), toml.toString());

        assertThat(result.exitCode()).isZero();
        Blueprint converted = Blueprints.read(out.resolve("web.json"));
        assertThat(converted.name()).isEqualTo("web");
        assertThat(converted).isEqualTo(Blueprints.read(toml));
    }

    @Test
    void jsonToJsonKeepsTheKeyOrder() throws IOException {
        Path unordered = Files.writeString(dir.resolve("c.json"),
                "{\"version\": \"1.0.0\", \"customizations\": {\"timezone\": {\"timezone\": \"UTC\"}, \"hostname\": \"h\"},"
                        + " \"name\": \"c\"}", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("convert", "--to", "json", unordered.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("{\n  \"version\": \"1.0.0\",\n  \"customizations\": {\n"
                + "    \"timezone\": {\n      \"timezone\": \"UTC\"\n    },\n    \"hostname\": \"h\"\n  },\n"
                + "  \"name\": \"c\"\n}\n");
    }

    @Test
    void convertsJsonWithNullInAnUnknownListToTomlAndGoesOnWithTheOtherFiles() throws IOException {
        Path nulls = Files.writeString(dir.resolve("nulls.json"), "{\"name\":\"x\",\"extra\":[1,null]}");
        Path out = dir.resolve("out");

        Cli.Result result = Cli.run("convert", "--to", "toml", "--out-dir", out.toString(), nulls.toString(), json.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("nulls.toml"))).isEqualTo("name = \"x\"\n");
        assertThat(result.err()).contains(nulls + ":1:24: warning GEN-VALUE-NOT-KEPT extra[1]: The value of this"
                + " unknown key is not kept: TOML has no null");
        assertThat(out.resolve("a.blueprint.toml")).exists();
        assertThat(Cli.run("convert", "--to", "json", "--fail-on-loss", nulls.toString()).exitCode()).isEqualTo(1);
    }
}
