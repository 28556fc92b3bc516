package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlueprintCommandTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Cli.Result result = Cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: blueprint", "validate", "convert", "fmt", "diff", "bump",
                "hash-password", "Exit codes:");
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "convert", "fmt"})
    void everyCommandHasHelp(String command) {
        Cli.Result result = Cli.run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: blueprint " + command, "FILE...", "Exit codes:");
    }

    @Test
    void versionIsTheProjectVersion() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).matches("blueprint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(VersionProvider.version()).isEqualTo(result.out().strip().substring("blueprint ".length()));
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Missing command", "Usage: blueprint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lint", "--frobnicate"})
    void unknownCommandsAndOptionsAreUsageErrors(String argument) {
        Cli.Result result = Cli.run(argument);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(argument);
    }

    @Test
    void aNamedCommandGetsOnlyItsOwnModelAndAnyOtherArgumentGetsThemAll() {
        List<String> all = List.of("validate", "convert", "fmt", "diff", "bump", "hash-password", "hash-passwords",
                "image-types");
        for (String command : all) {
            assertThat(BlueprintCommand.commandLine(CommandLine.defaultFactory(), command, "x.toml").getSubcommands())
                    .containsOnlyKeys(command);
        }
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"validat"}, {"x.toml", "validate"}}) {
            assertThat(BlueprintCommand.commandLine(CommandLine.defaultFactory(), args).getSubcommands().keySet())
                    .containsExactlyElementsOf(all);
        }
    }

    @Test
    void aMisspeltCommandIsAnsweredWithTheClosestNames() {
        Cli.Result result = Cli.run("validat", "x.toml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("validat", "validate");
    }
}
