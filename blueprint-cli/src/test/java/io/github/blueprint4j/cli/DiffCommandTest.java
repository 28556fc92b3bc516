package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final String OLD = """
            name = "web"
            version = "1.0.0"
            packages = [{ name = "nginx" }, { name = "tmux" }]

            [[customizations.user]]
            name = "alice"
            password = "hunter2"
            groups = ["wheel"]
            """;
    private static final String NEW = """
            {"name": "web", "version": "1.0.1",
             "packages": [{"name": "tmux"}, {"name": "nginx"}, {"name": "vim", "version": "9.*"}],
             "customizations": {"user": [{"name": "alice", "password": "swordfish", "groups": ["wheel", "docker"]}]}}
            """;

    @TempDir
    Path dir;

    private Path old;
    private Path changed;

    @BeforeEach
    void writeFiles() throws IOException {
        old = Files.writeString(dir.resolve("old.toml"), OLD, StandardCharsets.UTF_8);
        changed = Files.writeString(dir.resolve("new.json"), NEW, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneLinePerChangeAndExitsOneWhenTheBlueprintsDiffer() {
        Cli.Result result = Cli.run("diff", old.toString(), changed.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines()).containsExactly(
                "~ version = \"1.0.0\" -> \"1.0.1\"",
                "+ packages[vim] = {\"name\":\"vim\",\"version\":\"9.*\"}",
                "~ customizations.user[alice].password = <hidden> -> <hidden>",
                "+ customizations.user[alice].groups[docker] = \"docker\"");
        assertThat(result.out()).doesNotContain("hunter2", "swordfish");
    }

    @Test
    void printsTheChangesAsJson() throws IOException {
        Cli.Result result = Cli.run("diff", "--output", "json", old.toString(), changed.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).hasSize(1);
        JsonNode changes = new ObjectMapper().readTree(result.out()).get("changes");
        assertThat(changes).hasSize(4);
        assertThat(changes.get(0).toString()).isEqualTo("{\"kind\":\"CHANGED\",\"path\":\"version\",\"old\":\"1.0.0\",\"new\":\"1.0.1\"}");
        assertThat(changes.get(1).toString()).isEqualTo(
                "{\"kind\":\"ADDED\",\"path\":\"packages[vim]\",\"old\":null,\"new\":{\"name\":\"vim\",\"version\":\"9.*\"}}");
        assertThat(changes.get(2).toString()).isEqualTo(
                "{\"kind\":\"CHANGED\",\"path\":\"customizations.user[alice].password\",\"old\":\"<hidden>\",\"new\":\"<hidden>\"}");
        assertThat(result.out()).doesNotContain("hunter2", "swordfish");
    }

    @Test
    void equalBlueprintsPrintNothingAndExitZero() throws IOException {
        Path reordered = Files.writeString(dir.resolve("same.toml"), OLD.replace(
                "packages = [{ name = \"nginx\" }, { name = \"tmux\" }]", "packages = [{ name = \"tmux\" }, { name = \"nginx\" }]"),
                StandardCharsets.UTF_8);

        Cli.Result text = Cli.run("diff", old.toString(), reordered.toString());
        Cli.Result json = Cli.run("diff", "--output=JSON", old.toString(), reordered.toString());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).isEmpty();
        assertThat(text.err()).isEmpty();
        assertThat(json.exitCode()).isZero();
        assertThat(json.out().strip()).isEqualTo("{\"changes\":[]}");
    }

    @Test
    void aMissingFileExitsTwo() {
        Path missing = dir.resolve("missing.toml");

        Cli.Result result = Cli.run("diff", old.toString(), missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(missing + ": error IO-READ: The file does not exist.");
    }

    @Test
    void aFileThatIsNotABlueprintExitsTwoNotOne() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.toml"), "name = \n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("diff", broken.toString(), old.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(broken + ":1:").contains("error GEN-SYNTAX");
    }

    @Test
    void needsExactlyTwoFiles() {
        assertThat(Cli.run("diff", old.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("diff", old.toString(), old.toString(), old.toString()).exitCode()).isEqualTo(2);
        Cli.Result yaml = Cli.run("diff", "--output", "yaml", old.toString(), changed.toString());
        assertThat(yaml.exitCode()).isEqualTo(2);
        assertThat(yaml.err()).contains("expected text or json but was 'yaml'");
    }

    @Test
    void helpExplainsTheOutputAndTheExitCodes() {
        Cli.Result result = Cli.run("diff", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: blueprint diff", "[--output=text|json] A B", "+ PATH = NEW",
                "{\"changes\": [", "0   The blueprints are equal.", "1   The blueprints differ.");
    }

    @Test
    void aValueABlueprintCannotHoldIsNotComparedAndSaysSoOnStandardError() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), "{\"name\": \"x\", \"extra\": [1, null]}", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.json"), "{\"name\": \"x\", \"extra\": [1, 2]}", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("diff", a.toString(), b.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("+ extra = [1,2]" + System.lineSeparator());
        assertThat(result.errLines()).containsExactly(a + ":1:28: warning GEN-VALUE-NOT-KEPT extra[1]: The value of this"
                + " unknown key is not kept: TOML has no null, so a list cannot hold one. (remove the key, or write the"
                + " value as a string)");
    }
}
