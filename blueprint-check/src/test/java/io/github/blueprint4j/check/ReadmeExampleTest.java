package io.github.blueprint4j.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.testdata.ReadmeSnippet;
import io.github.blueprint4j.validation.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first validation example, compiled and run here; the README holds the same text.
 * The file of the issue, with {@code timezome = "UTC"}, made the old example print no finding
 * at all, even with {@code strict(true)}.
 */
class ReadmeExampleTest {

    private static final String SOURCE = "src/test/java/io/github/blueprint4j/check/ReadmeExampleTest.java";

    /** The example: the README shows the lines between the markers. */
    static boolean example(Path file) throws IOException {
        // README:start
        BlueprintChecker checker = BlueprintChecker.builder()    // build once, share it: thread-safe
                .strict(true)                                    // unknown keys are errors, and so are the rules the reference does not enforce
                .profile(Profile.COMPOSER)                       // or Profile.IMAGE_BUILDER; .policies(...), .target(...)
                .build();
        CheckReport report = checker.check(file);               // a Path (or a String, an InputStream): TOML or JSON
        report.diagnostics().forEach(System.out::println);      // 5:1: ERROR GEN-UNKNOWN-KEY customizations.timezome: ...
        boolean ok = report.isValid();                           // no ERROR
        // README:end
        return ok;
    }

    @Test
    void theReadmeShowsTheExample() {
        assertThat(ReadmeSnippet.readme()).contains("```java\n" + ReadmeSnippet.of(SOURCE) + "```\n");
    }

    @Test
    void theExamplePrintsEveryFindingOfTheIssuesFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("web.toml"), """
                name = "web"
                version = "1.0.0"

                [customizations]
                timezome = "UTC"

                [[customizations.user]]
                name = "admin"
                uid = "1000"

                [[customizations.files]]
                path = "/etc/motd"
                [[customizations.files]]
                path = "/etc/motd"
                """);
        boolean[] ok = new boolean[1];
        String printed = ReadmeSnippet.printedBy(() -> ok[0] = example(file));
        assertThat(ok[0]).isFalse();
        assertThat(printed.lines()).containsExactly(
                "5:1: ERROR GEN-UNKNOWN-KEY customizations.timezome: \"timezome\" is not a key of customizations."
                        + " (did you mean \"timezone\"?)",
                "9:1: ERROR USER-ID-INTEGER customizations.user[0].uid: The value of \"uid\" must be an integer,"
                        + " but it is a string (\"1000\"). (write uid = 1000 without quotes)",
                "14:1: ERROR FSNODE-UNIQUE-PATHS customizations.files[1].path: The path /etc/motd is used by more"
                        + " than one file or directory. (remove or merge the repeated entry)");
    }
}
