package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The firstboot rules image-builder enforces when it applies the scripts (FB-SINGLETON,
 * FB-CUSTOM-NAME-UNIQUE, FB-CUSTOM-NAME-RESERVED, FB-CUSTOM-NAME-PATH): reported with a target
 * whose image type lists {@code customizations.firstboot}, as warnings (errors in strict mode),
 * and not otherwise; and firstboot and cacerts are no longer unsupported options on qcow2.
 */
class FirstbootBuildRulesTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    private static final String SCRIPTS = """
            name = "fb"

            [customizations.cacerts]
            pem_certs = []

            [[customizations.firstboot.scripts]]
            type = "satellite"
            command = "register"

            [[customizations.firstboot.scripts]]
            type = "satellite"
            command = "register again"

            [[customizations.firstboot.scripts]]
            type = "custom"
            name = "setup"
            contents = "echo 1"

            [[customizations.firstboot.scripts]]
            type = "custom"
            name = "setup"
            contents = "echo 2"

            [[customizations.firstboot.scripts]]
            type = "custom"
            name = "custom-1"
            contents = "echo 3"

            [[customizations.firstboot.scripts]]
            type = "custom"
            name = "a/b"
            contents = "echo 4"

            [[customizations.firstboot.scripts]]
            type = "aap"
            job_template_url = "https://aap.example.com/api/callback/"
            host_config_key = "k"
            """;

    private static List<Diagnostic> check(String distro, String imageType, boolean strict) {
        ReadResult read = READER.readToml(SCRIPTS);
        BlueprintValidator validator = BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER)
                .target(Target.of(distro, imageType)).strict(strict).build();
        return validator.validate(read.blueprint(), read.sourceMap()).diagnostics().stream()
                .filter(d -> d.code().startsWith("FB-SINGLETON") || d.code().startsWith("FB-CUSTOM-NAME")
                        || d.code().equals("IT-UNSUPPORTED-OPTION"))
                .toList();
    }

    @Test
    void qcow2OfRhel96ReportsTheBuildErrorsAndNoUnsupportedOption() {
        assertThat(check("rhel-9.6", "qcow2", false))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::line)
                .containsExactlyInAnyOrder(
                        tuple("FB-SINGLETON", "customizations.firstboot.scripts", Severity.WARNING, 6),
                        tuple("FB-CUSTOM-NAME-UNIQUE", "customizations.firstboot.scripts[3].name", Severity.WARNING, 21),
                        tuple("FB-CUSTOM-NAME-RESERVED", "customizations.firstboot.scripts[4].name", Severity.WARNING, 26),
                        tuple("FB-CUSTOM-NAME-PATH", "customizations.firstboot.scripts[5].name", Severity.WARNING, 31));
    }

    @Test
    void theMessagesNameTheScriptAndTheImageType() {
        List<Diagnostic> found = check("rhel-9.6", "qcow2", true);
        assertThat(found).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
        assertThat(found).extracting(Diagnostic::message).contains(
                "At most one satellite firstboot script is allowed; image-builder refuses 2 of them on qcow2.",
                "Custom firstboot script names must be unique: image-builder refuses a second \"setup\" on qcow2.",
                "The firstboot script name \"custom-1\" is reserved: image-builder refuses custom scripts named satellite"
                        + " or aap or starting with custom on qcow2.",
                "Firstboot script names must be plain file names: image-builder refuses \"a/b\" on qcow2.");
    }

    @Test
    void imageTypesThatDoNotApplyFirstbootReportOnlyTheUnsupportedOption() {
        assertThat(check("bootc-generic", "qcow2", false)).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactlyInAnyOrder(tuple("IT-UNSUPPORTED-OPTION", "customizations.cacerts"),
                        tuple("IT-UNSUPPORTED-OPTION", "customizations.firstboot"));
    }

    @Test
    void revisionOneStillReportsFirstbootAndCacertsAsUnsupportedOnContainers() {
        ReadResult read = READER.readToml(SCRIPTS);
        BlueprintValidator validator = BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER)
                .target(Target.of("rhel-9.6", "container", "1")).build();
        assertThat(validator.validate(read.blueprint(), read.sourceMap()).diagnostics())
                .filteredOn(d -> d.code().startsWith("IT-") || d.code().startsWith("FB-SINGLETON") || d.code().startsWith("FB-CUSTOM-NAME"))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactlyInAnyOrder(tuple("IT-UNSUPPORTED-OPTION", "customizations.cacerts"),
                        tuple("IT-UNSUPPORTED-OPTION", "customizations.firstboot"));
    }

    @Test
    void withoutATargetNoneOfTheBuildRulesIsReported() {
        ReadResult read = READER.readToml(SCRIPTS);
        assertThat(BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER).strict(true).build()
                .validate(read.blueprint(), read.sourceMap()).diagnostics())
                .extracting(Diagnostic::code).doesNotContain("FB-SINGLETON", "FB-CUSTOM-NAME-UNIQUE",
                        "FB-CUSTOM-NAME-RESERVED", "FB-CUSTOM-NAME-PATH");
    }
}
