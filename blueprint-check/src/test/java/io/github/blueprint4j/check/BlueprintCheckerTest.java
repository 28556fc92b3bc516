package io.github.blueprint4j.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.Target;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlueprintCheckerTest {

    private static final String TYPO = "name = \"x\"\nversion = \"1.0.0\"\n[customizations]\ntimezome = \"UTC\"\n";

    /** Two reading errors and, behind them, a validation error the old two-step API never showed. */
    private static final String SEVERAL = """
            name = "x"
            version = "1.0.0"
            [[customizations.user]]
            name = "a"
            uid = "1000"
            [[customizations.filesystem]]
            mountpoint = "/var"
            minsize = "lots"
            [[customizations.files]]
            path = "/etc/x"
            [[customizations.files]]
            path = "/etc/x"
            mode = 5
            """;

    @Test
    void aTypoInAKeyIsAWarningByDefaultAndAnErrorWhenStrict() {
        CheckReport lenient = BlueprintChecker.defaults().check(TYPO);
        assertThat(lenient.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path,
                Diagnostic::line).containsExactly(tuple("GEN-UNKNOWN-KEY", Severity.WARNING, "customizations.timezome", 4));
        assertThat(lenient.isValid()).isTrue();

        CheckReport strict = BlueprintChecker.builder().strict(true).build().check(TYPO);
        assertThat(strict.errors()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("GEN-UNKNOWN-KEY", "customizations.timezome", 4, 1));
        assertThat(strict.isValid()).isFalse();
        assertThat(strict.blueprint().customizations().unknownKeys()).containsEntry("timezome", "UTC");
    }

    @Test
    void aReadErrorDoesNotHideTheFindingsOfTheRest() {
        CheckReport report = BlueprintChecker.defaults().check(SEVERAL, Format.TOML);

        assertThat(report.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line)
                .containsExactly(
                        tuple("USER-ID-INTEGER", "customizations.user[0].uid", 5),
                        tuple("FS-SIZE-FORMAT", "customizations.filesystem[0].minsize", 8),
                        tuple("FSNODE-UNIQUE-PATHS", "customizations.files[1].path", 12),
                        tuple("FSNODE-MODE-TYPE", "customizations.files[1].mode", 13));
        assertThat(report.blueprint().customizations().user().get(0).name()).isEqualTo("a");
        assertThat(report.blueprint().customizations().user().get(0).uid()).isNull();
        assertThat(report.format()).isEqualTo(Format.TOML);
        assertThat(report.sourceMap().locate("customizations.files[1].mode").line()).isEqualTo(13);
    }

    @Test
    void aValidationFindingAboutAnUnreadValueIsNotReportedTwice() {
        // minsize of the wrong type: the reading error says so; FS-MINSIZE-REQUIRED would say it again
        CheckReport report = BlueprintChecker.defaults().check("""
                name = "x"
                version = "1.0.0"
                [[customizations.filesystem]]
                mountpoint = "/var"
                minsize = true
                """);
        assertThat(report.diagnostics()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("FS-SIZE-FORMAT", "customizations.filesystem[0].minsize"));
        // what the checker left out: validation alone sees the unread minsize as missing
        assertThat(BlueprintValidator.builder().build().validate(report.blueprint()).diagnostics())
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("FS-MINSIZE-REQUIRED", "customizations.filesystem[0].minsize"));
    }

    @Test
    void aListEntryThatCannotBeReadKeepsTheIndexesOfTheEntriesAfterIt() {
        CheckReport report = BlueprintChecker.defaults().check("""
                {"name": "x", "version": "1.0.0", "customizations": {"files": [
                  5,
                  {"path": "etc/relative"}
                ]}}""");
        assertThat(report.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line)
                .containsExactly(
                        tuple("GEN-TYPE-MISMATCH", "customizations.files[0]", 2),
                        tuple("FSNODE-PATH-ABSOLUTE", "customizations.files[1].path", 3));
    }

    @Test
    void aSyntaxErrorGivesOneFindingAndNoBlueprint() {
        CheckReport report = BlueprintChecker.defaults().check("name = \"x\nversion = 1\n", Format.TOML);
        assertThat(report.blueprint()).isNull();
        assertThat(report.sourceMap()).isSameAs(SourceMap.NONE);
        assertThat(report.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("GEN-SYNTAX", 1));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void bytesThatAreNotUtf8AreAFindingNotAnException() throws Exception {
        byte[] latin1 = "name = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        CheckReport report = BlueprintChecker.defaults().check(new ByteArrayInputStream(latin1), null);
        assertThat(report.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(tuple("GEN-SYNTAX", Severity.ERROR));
        assertThat(report.blueprint()).isNull();
    }

    @Test
    void theFormatComesFromTheFileNameElseFromTheContent(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("web.json"), "{\"name\": \"web\", \"version\": \"1.0.0\"}");
        Path unnamed = Files.writeString(dir.resolve("web.blueprint"), "{\"name\": \"web\", \"version\": \"1.0.0\"}");
        Path toml = Files.writeString(dir.resolve("web.toml"), "name = \"web\"\nversion = \"1.0.0\"\n");
        BlueprintChecker checker = BlueprintChecker.defaults();

        assertThat(checker.check(json).format()).isEqualTo(Format.JSON);
        assertThat(checker.check(unnamed).format()).isEqualTo(Format.JSON);
        assertThat(checker.check(toml).format()).isEqualTo(Format.TOML);
        assertThat(checker.check(toml).diagnostics()).isEmpty();
        assertThat(checker.check(new ByteArrayInputStream(Files.readAllBytes(toml)), null).blueprint().name())
                .isEqualTo("web");
    }

    @Test
    void aBlueprintBuiltInCodeIsValidatedWithoutLocations() {
        CheckReport report = BlueprintChecker.defaults().check(Blueprint.builder().version("1.0.0").build());
        assertThat(report.format()).isNull();
        assertThat(report.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::location)
                .containsExactly(tuple("BP-NAME-REQUIRED", "name", null));
        assertThat(report.toString()).isEqualTo("invalid (1 error, 0 warnings, 1 finding in all)\n"
                + report.diagnostics().get(0));
    }

    @Test
    void oneSwitchMakesReadingAndValidationStrictAndTheOptionsAreKept() {
        Target target = Target.of("rhel-9.6", "qcow2");
        BlueprintChecker checker = BlueprintChecker.builder().strict(true).profile(Profile.IMAGE_BUILDER)
                .policies(PathPolicies.none()).target(target).build();
        assertThat(checker.isStrict()).isTrue();
        assertThat(checker.profile()).isEqualTo(Profile.IMAGE_BUILDER);
        assertThat(checker.policies()).isEqualTo(PathPolicies.none());
        assertThat(checker.target()).isEqualTo(target);
        assertThat(BlueprintChecker.defaults().isStrict()).isFalse();
        assertThat(BlueprintChecker.defaults().profile()).isEqualTo(Profile.COMPOSER);
        assertThat(BlueprintChecker.defaults().target()).isNull();
    }

    @Test
    void nullArgumentsAreProgrammingErrors() {
        BlueprintChecker checker = BlueprintChecker.defaults();
        assertThatNullPointerException().isThrownBy(() -> checker.check((String) null));
        assertThatNullPointerException().isThrownBy(() -> checker.check("name = \"x\"", null));
        assertThatNullPointerException().isThrownBy(() -> checker.check((Path) null));
        assertThatNullPointerException().isThrownBy(() -> checker.check((Blueprint) null));
        assertThatNullPointerException().isThrownBy(() -> BlueprintChecker.builder().profile(null));
    }
}
