package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the content sections and the kernel: PKG-NAME-REQUIRED, MOD-NAME-REQUIRED,
 * EMOD-NAME-REQUIRED, EMOD-STREAM-REQUIRED, GRP-NAME-REQUIRED, GRP-ID-NOT-NAME,
 * CTR-SOURCE-REQUIRED, CTR-NAME-DEFAULT, CTR-TLS-DEFAULT, KERNEL-NAME-DEFAULT, KERNEL-NAME-EXTRA.
 */
class ContentRulesTest {

    private static final Set<String> CODES = Set.of("PKG-NAME-REQUIRED", "MOD-NAME-REQUIRED", "EMOD-NAME-REQUIRED",
            "EMOD-STREAM-REQUIRED", "GRP-NAME-REQUIRED", "GRP-ID-NOT-NAME", "CTR-SOURCE-REQUIRED", "CTR-NAME-DEFAULT",
            "CTR-TLS-DEFAULT", "KERNEL-NAME-DEFAULT", "KERNEL-NAME-EXTRA");

    private static final BlueprintValidator IMAGE_BUILDER = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build();
    private static final BlueprintValidator COMPOSER = BlueprintValidator.builder()
            .profile(Profile.COMPOSER).policies(PathPolicies.none()).build();
    private static final BlueprintValidator STRICT = RuleChecks.STRICT;

    private static List<Diagnostic> findings(BlueprintValidator validator, Blueprint blueprint) {
        return RuleChecks.findings(validator, blueprint, CODES);
    }

    @Test
    void packageWithoutNameIsAnErrorWhenPushed() {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .addPackage("tmux")
                .addPackage(p -> p.version("1.2"))
                .addPackage(p -> p.name("").version("*"))
                .build();

        assertThat(findings(COMPOSER, blueprint))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("PKG-NAME-REQUIRED", "packages[1].name", Severity.ERROR, "Package entry 2 has no name."),
                        tuple("PKG-NAME-REQUIRED", "packages[2].name", Severity.ERROR, "Package entry 3 has no name."));
    }

    @Test
    void packageNamesAreOnlyCheckedForThePushProfile() {
        Blueprint blueprint = Blueprint.builder().name("bp").addPackage(p -> p.version("1.2")).build();

        assertThat(findings(IMAGE_BUILDER, blueprint)).isEmpty();
    }

    @Test
    void namedPackagesAndModulesPass() {
        Blueprint blueprint = Blueprint.builder().name("bp").addPackage("tmux", "1.2").addModule("openssh-server", "*")
                .build();

        assertThat(findings(COMPOSER, blueprint)).isEmpty();
        assertThat(findings(STRICT, Blueprint.builder().build())).isEmpty();
    }

    @Test
    void moduleWithoutNameIsAWarningAndAnErrorInStrictMode() {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .addModule("openssh-server")
                .addModule(m -> m.version("*"))
                .build();

        assertThat(findings(IMAGE_BUILDER, blueprint))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("MOD-NAME-REQUIRED", "modules[1].name", Severity.WARNING,
                        "Module entry 2 has no name; the build fails when it resolves packages."));
        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void packageWithoutNameIsFoundInTomlAndPlaced() {
        Blueprint blueprint = Blueprints.readToml("""
                name = "pkg-test"

                [[packages]]
                name = "tmux"

                [[packages]]
                version = "1.2"
                """);

        assertThat(findings(COMPOSER, blueprint)).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("PKG-NAME-REQUIRED", "packages[1].name"));
    }

    @Test
    void moduleStreamEntriesNeedANameAndShouldGiveAStream() {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .addEnabledModule(m -> m.name("nodejs").stream("18"))
                .addEnabledModule(m -> m.stream("2"))
                .addEnabledModule(m -> m.name("nginx").stream(""))
                .addEnabledModule(m -> m.name(""))
                .build();

        assertThat(findings(IMAGE_BUILDER, blueprint))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("EMOD-NAME-REQUIRED", "enabled_modules[1].name", Severity.WARNING),
                        tuple("EMOD-STREAM-REQUIRED", "enabled_modules[2].stream", Severity.WARNING),
                        tuple("EMOD-NAME-REQUIRED", "enabled_modules[3].name", Severity.WARNING),
                        tuple("EMOD-STREAM-REQUIRED", "enabled_modules[3].stream", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).filteredOn(d -> d.code().equals("EMOD-NAME-REQUIRED"))
                .extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
        assertThat(findings(STRICT, blueprint)).filteredOn(d -> d.code().equals("EMOD-STREAM-REQUIRED"))
                .extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void packageGroupsNeedAnIdNotADisplayName() {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .addPackageGroup("anaconda-tools")
                .addPackageGroup(g -> g.name(null))
                .addPackageGroup("")
                .addPackageGroup("Development Tools")
                .addPackageGroup("Core")
                .addPackageGroup("development\ttools")
                .build();

        assertThat(findings(IMAGE_BUILDER, blueprint))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("GRP-NAME-REQUIRED", "groups[1].name", Severity.WARNING),
                        tuple("GRP-NAME-REQUIRED", "groups[2].name", Severity.WARNING),
                        tuple("GRP-ID-NOT-NAME", "groups[3].name", Severity.WARNING),
                        tuple("GRP-ID-NOT-NAME", "groups[4].name", Severity.WARNING),
                        tuple("GRP-ID-NOT-NAME", "groups[5].name", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).filteredOn(d -> d.code().equals("GRP-NAME-REQUIRED"))
                .extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void containersNeedASourceAndGetDefaults() {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .addContainer(c -> c.source("registry.example.com/app:1").name("app").tlsVerify(false))
                .addContainer(c -> c.name("").tlsVerify(true))
                .addContainer(c -> c.source(""))
                .build();

        assertThat(findings(IMAGE_BUILDER, blueprint))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("CTR-SOURCE-REQUIRED", "containers[1].source", Severity.WARNING),
                        tuple("CTR-NAME-DEFAULT", "containers[1].name", Severity.INFO),
                        tuple("CTR-SOURCE-REQUIRED", "containers[2].source", Severity.WARNING),
                        tuple("CTR-NAME-DEFAULT", "containers[2].name", Severity.INFO),
                        tuple("CTR-TLS-DEFAULT", "containers[2].tls-verify", Severity.INFO));
        assertThat(findings(STRICT, blueprint)).filteredOn(d -> d.code().equals("CTR-SOURCE-REQUIRED"))
                .extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void kernelWithoutNameUsesThePackageKernel() {
        Blueprint noName = Blueprint.builder().name("bp").customizations(c -> c.kernel(k -> k.append("quiet"))).build();
        Blueprint emptyName = Blueprint.builder().name("bp").customizations(c -> c.kernel(k -> k.name(""))).build();
        Blueprint named = Blueprint.builder().name("bp").customizations(c -> c.kernel(k -> k.name("kernel-rt"))).build();

        assertThat(findings(IMAGE_BUILDER, noName)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("KERNEL-NAME-DEFAULT", "customizations.kernel.name", Severity.INFO));
        assertThat(findings(IMAGE_BUILDER, emptyName)).extracting(Diagnostic::code)
                .containsExactly("KERNEL-NAME-DEFAULT");
        assertThat(findings(STRICT, named)).isEmpty();
    }

    @Test
    void kernelAlsoListedInPackagesIsNotedAtEachEntry() {
        Blueprint blueprint = Blueprint.builder().name("bp")
                .addPackage("tmux")
                .addPackage("kernel-rt", "*")
                .addPackage("kernel")
                .addPackage("kernel-rt")
                .customizations(c -> c.kernel(k -> k.name("kernel-rt")))
                .build();

        assertThat(findings(IMAGE_BUILDER, blueprint))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("KERNEL-NAME-EXTRA", "packages[1].name", Severity.INFO),
                        tuple("KERNEL-NAME-EXTRA", "packages[3].name", Severity.INFO));
        assertThat(findings(IMAGE_BUILDER, blueprint).get(0).message()).startsWith("The kernel \"kernel-rt\" is also");
    }

    @Test
    void kernelInPackagesWithoutAKernelNameIsNotNoted() {
        Blueprint withoutCustomization = Blueprint.builder().name("bp").addPackage("kernel").build();
        Blueprint withoutName = Blueprint.builder().name("bp").addPackage("kernel")
                .customizations(c -> c.kernel(k -> k.name(""))).build();

        assertThat(findings(IMAGE_BUILDER, withoutCustomization)).isEmpty();
        assertThat(findings(IMAGE_BUILDER, withoutName)).extracting(Diagnostic::code)
                .containsExactly("KERNEL-NAME-DEFAULT");
    }

    @Test
    void entriesWithNothingSetDoNotThrow() {
        Blueprint blueprint = Blueprint.builder()
                .addPackage(p -> { })
                .addModule(m -> { })
                .addEnabledModule(m -> { })
                .addPackageGroup(g -> { })
                .addContainer(c -> { })
                .customizations(c -> c.kernel(k -> { }))
                .build();

        assertThat(findings(COMPOSER, blueprint)).extracting(Diagnostic::code).containsExactlyInAnyOrder(
                "PKG-NAME-REQUIRED", "MOD-NAME-REQUIRED", "EMOD-NAME-REQUIRED", "EMOD-STREAM-REQUIRED",
                "GRP-NAME-REQUIRED", "CTR-SOURCE-REQUIRED", "CTR-NAME-DEFAULT", "CTR-TLS-DEFAULT",
                "KERNEL-NAME-DEFAULT");
    }
}
