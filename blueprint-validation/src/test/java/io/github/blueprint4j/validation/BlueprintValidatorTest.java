package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import org.junit.jupiter.api.Test;

class BlueprintValidatorTest {

    private static final BlueprintValidator COMPOSER = BlueprintValidator.builder().build();
    private static final BlueprintValidator IMAGE_BUILDER = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).build();

    @Test
    void preloadsOnceAndThenValidatesAsUsual() {
        BlueprintValidator.preload();
        BlueprintValidator.preload();
        assertThat(IMAGE_BUILDER.validate(Blueprint.builder().build()).isValid()).isTrue();
        assertThat(io.github.blueprint4j.validation.internal.ModelTypes.all()).first().isEqualTo(Blueprint.class);
        assertThat(io.github.blueprint4j.validation.internal.ModelTypes.all()).hasSize(58);
    }

    @Test
    void hasTheDocumentedDefaults() {
        assertThat(COMPOSER.profile()).isEqualTo(Profile.COMPOSER);
        assertThat(COMPOSER.policies()).hasToString(PathPolicies.defaults().toString());
        assertThat(COMPOSER.isStrict()).isFalse();
    }

    @Test
    void theComposerProfileNeedsANameAndASemanticVersion() {
        Blueprint bp = Blueprint.builder().version("1.0").build();
        assertThat(COMPOSER.validate(bp).errors()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("BP-NAME-REQUIRED", "name"), tuple("BP-VERSION-SEMVER", "version"));
        assertThat(IMAGE_BUILDER.validate(bp).isValid()).isTrue();
    }

    @Test
    void aNameTheServerRefusesIsAWarningUnlessTheWeldrNamePolicyIsSelected() {
        Blueprint bp = Blueprint.builder().name("my blueprint").build();
        assertThat(COMPOSER.validate(bp).diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .contains(tuple("BP-NAME-CHARSET", Severity.WARNING));
        BlueprintValidator weldr = BlueprintValidator.builder().policies(PathPolicies.named("weldr-name")).build();
        assertThat(weldr.validate(bp).errors()).extracting(Diagnostic::code).containsExactly("BP-NAME-CHARSET");
        BlueprintValidator imageBuilderWeldr = BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER)
                .policies(PathPolicies.named("weldr-name")).build();
        assertThat(imageBuilderWeldr.validate(bp).errors()).extracting(Diagnostic::code).containsExactly("BP-NAME-CHARSET");
        assertThat(IMAGE_BUILDER.validate(bp).diagnostics()).extracting(Diagnostic::code).doesNotContain("BP-NAME-CHARSET");
    }

    @Test
    void appliesTheSelectedPathPoliciesOnly() {
        Blueprint bp = Blueprint.builder().name("a").version("1.0.0")
                .customizations(c -> c.addFilesystem(fs -> fs.mountpoint("/etc/x").minsize(1L))
                        .addFile(f -> f.path("/etc/shadow"))
                        .addDirectory(d -> d.path("/boot/x")))
                .build();
        assertThat(COMPOSER.validate(bp).errors()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("FS-MOUNTPOINT-POLICY", "customizations.filesystem[0].mountpoint",
                                "The mountpoint /etc/x is not allowed by the mountpoints-default policy: everything below /etc is denied."),
                        tuple("FILES-FORBIDDEN", "customizations.files[0].path",
                                "/etc/shadow is managed by other customizations and cannot be written as a file."),
                        tuple("DIRS-POLICY", "customizations.directories[0].path",
                                "The directory /boot/x is not allowed by the directories-default policy: everything below /boot is denied."));
        BlueprintValidator none = BlueprintValidator.builder().policies(PathPolicies.none()).build();
        assertThat(none.validate(bp).isValid()).isTrue();
    }

    @Test
    void appliesTablesOfYourOwn() {
        PathPolicy onlyVar = PathPolicy.builder("only-var", PathPolicy.Scope.MOUNTPOINTS).deny("/").allow("/var").build();
        BlueprintValidator validator = BlueprintValidator.builder().policies(PathPolicies.none().with(onlyVar)).build();
        Blueprint bp = Blueprint.builder().name("a")
                .customizations(c -> c.addFilesystem(fs -> fs.mountpoint("/srv").minsize(1L))
                        .disk(d -> d.addPartition(p -> p.minsize(1L).mountpoint("/opt").fsType("xfs"))))
                .build();
        assertThat(validator.validate(bp).errors()).extracting(Diagnostic::code, Diagnostic::path).contains(
                tuple("FS-MOUNTPOINT-POLICY", "customizations.filesystem[0].mountpoint"),
                tuple("DISK-MOUNTPOINT-POLICY", "customizations.disk.partitions[0].mountpoint"));
    }

    @Test
    void placesEveryFindingInTheSourceAndSortsThemInDocumentOrder() {
        ReadResult read = BlueprintReader.builder().build().readToml("""
                version = "1.0"

                [[customizations.files]]
                path = "/etc/shadow"

                [[customizations.filesystem]]
                mountpoint = "/proc/x"
                minsize = 1
                """);
        ValidationReport report = COMPOSER.validate(read.blueprint(), read.sourceMap());
        assertThat(report.errors()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column).containsExactly(
                tuple("BP-NAME-REQUIRED", 1, 1),
                tuple("BP-VERSION-SEMVER", 1, 1),
                tuple("FILES-FORBIDDEN", 4, 1),
                tuple("FS-MOUNTPOINT-POLICY", 7, 1));
        assertThat(report.isValid()).isFalse();
        assertThat(report.toString()).contains("4:1: ERROR FILES-FORBIDDEN customizations.files[0].path");
    }

    @Test
    void strictModeGivesTheSpecificationsSeverity() {
        Blueprint bp = Blueprint.builder().name("a").build();
        assertThat(COMPOSER.validate(bp).diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .contains(tuple("BP-VERSION-REQUIRED-DOC", Severity.WARNING), tuple("BP-VERSION-DEFAULT", Severity.INFO));
        BlueprintValidator strict = BlueprintValidator.builder().strict(true).build();
        assertThat(strict.validate(bp).diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .contains(tuple("BP-VERSION-REQUIRED-DOC", Severity.WARNING));
        assertThat(strict.isStrict()).isTrue();
    }

    @Test
    void reportsRemarksAboutLegacyValues() {
        Blueprint bp = Blueprint.builder().name("a").version("1.0.0").distro("rhel-810").architecture("amd64").build();
        assertThat(IMAGE_BUILDER.validate(bp).diagnostics()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::message)
                .contains(tuple("BP-DISTRO-NORMALIZE", Severity.INFO,
                                "The server rewrites this legacy distribution name to its dotted form (rhel-8.10)."),
                        tuple("BP-ARCH-VALUE", Severity.WARNING,
                                "The architecture is not one of x86_64, aarch64, ppc64le, s390x and riscv64."));
    }
}
