package io.github.blueprint4j.validation.rules;

import static io.github.blueprint4j.validation.rules.InstallAreaChecks.blueprint;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.findings;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.findingsUnder;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.strictFindings;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.tomlFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Flatpak;
import io.github.blueprint4j.model.InstallerCustomization;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The installer rules: kickstart conflicts, Anaconda modules and the flatpak payload. */
class InstallerRulesTest {

    private static final String USERS = "org.fedoraproject.Anaconda.Modules.Users";
    private static final String FORCE = "customizations.installer.payload.flatpaks.force";

    private static Blueprint installer(Consumer<InstallerCustomization.Builder> installer) {
        return blueprint(c -> c.installer(installer));
    }

    private static Blueprint flatpak(Consumer<Flatpak.Builder> entry) {
        return installer(i -> i.payload(p -> p.flatpaks(f -> f.addForce(entry))));
    }

    @Test
    void unattendedWithKickstartContentsIsAnError() {
        assertThat(findings(installer(i -> i.unattended(true).kickstart(k -> k.contents("text"))), "INST-KS-UNATTENDED"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.installer.unattended", Severity.ERROR,
                        "unattended = true cannot be combined with custom kickstart contents."));
    }

    @Test
    void unattendedAloneOrWithAnEmptyKickstartIsFine() {
        assertThat(findings(installer(i -> i.unattended(true)), "INST-KS-UNATTENDED")).isEmpty();
        assertThat(findings(installer(i -> i.unattended(true).kickstart(k -> k.contents(""))), "INST-KS-UNATTENDED")).isEmpty();
        assertThat(findings(installer(i -> i.unattended(true).kickstart(k -> { })), "INST-KS-UNATTENDED")).isEmpty();
        assertThat(findings(installer(i -> i.unattended(false).kickstart(k -> k.contents("text"))), "INST-KS-UNATTENDED"))
                .isEmpty();
    }

    @Test
    void sudoNopasswdWithKickstartContentsIsAnError() {
        Blueprint bp = installer(i -> i.sudoNopasswd("robert", "%admin").kickstart(k -> k.contents("text")));
        assertThat(findings(bp, "INST-KS-SUDO"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.installer.sudo-nopasswd", Severity.ERROR,
                        "sudo-nopasswd cannot be combined with custom kickstart contents."));
        assertThat(findings(installer(i -> i.sudoNopasswd("robert")), "INST-KS-SUDO")).isEmpty();
        assertThat(findings(installer(i -> i.sudoNopasswd().kickstart(k -> k.contents("text"))), "INST-KS-SUDO")).isEmpty();
    }

    @Test
    void bothKickstartConflictsAreReported() {
        Blueprint bp = installer(i -> i.unattended(true).sudoNopasswd("robert").kickstart(k -> k.contents("text")));
        assertThat(findingsUnder(bp, "customizations.installer"))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactlyInAnyOrder(
                        tuple("INST-KS-UNATTENDED", "customizations.installer.unattended"),
                        tuple("INST-KS-SUDO", "customizations.installer.sudo-nopasswd"));
    }

    @Test
    void theUsersModuleCannotBeDisabledWithUsers() {
        Blueprint bp = blueprint(c -> c.addUser(u -> u.name("robert"))
                .installer(i -> i.modules(m -> m.disable("org.fedoraproject.Anaconda.Modules.Security", USERS))));
        assertThat(findings(bp, "INST-USERS-MODULE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.installer.modules.disable", Severity.ERROR,
                        "The Users Anaconda module cannot be disabled while users or groups are customised."));
    }

    @Test
    void theUsersModuleCannotBeDisabledWithGroups() {
        Blueprint bp = blueprint(c -> c.addUserGroup(g -> g.name("admins")).installer(i -> i.modules(m -> m.disable(USERS))));
        assertThat(findings(bp, "INST-USERS-MODULE")).extracting(Diagnostic::path)
                .containsExactly("customizations.installer.modules.disable");
    }

    @Test
    void theUsersModuleMayBeDisabledWithoutUsersOrGroups() {
        assertThat(findings(installer(i -> i.modules(m -> m.disable(USERS))), "INST-USERS-MODULE")).isEmpty();
        assertThat(findings(blueprint(c -> c.addUser(u -> u.name("robert"))
                .installer(i -> i.modules(m -> m.enable(USERS)))), "INST-USERS-MODULE")).isEmpty();
        assertThat(findings(blueprint(c -> c.addUser(u -> u.name("robert")).installer(i -> i.unattended(true))),
                "INST-USERS-MODULE")).isEmpty();
    }

    @Test
    void theUsersModuleRuleIsPlacedInTheSource() {
        String toml = """
                name = "test"

                [[customizations.user]]
                name = "robert"

                [customizations.installer.modules]
                disable = ["org.fedoraproject.Anaconda.Modules.Users"]
                """;
        assertThat(tomlFindings(toml, "INST-USERS-MODULE")).extracting(Diagnostic::line).containsExactly(7);
    }

    @Test
    void unknownModuleNamesAreWarningsEvenInStrictMode() {
        Blueprint bp = installer(i -> i.modules(m -> m.enable("org.fedoraproject.Anaconda.Modules.Localization", "Users")
                .disable("org.fedoraproject.anaconda.modules.network", "org.fedoraproject.Anaconda.Modules.Payloads")));
        assertThat(findings(bp, "INST-MODULE-NAMES"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("customizations.installer.modules.enable[1]", Severity.WARNING,
                                "\"Users\" is not a known Anaconda module."),
                        tuple("customizations.installer.modules.disable[0]", Severity.WARNING,
                                "\"org.fedoraproject.anaconda.modules.network\" is not a known Anaconda module."));
        assertThat(strictFindings(bp, "INST-MODULE-NAMES")).extracting(Diagnostic::severity)
                .containsOnly(Severity.WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Localization", "Network", "Payloads", "Runtime", "Security", "Services", "Storage",
        "Subscription", "Timezone", "Users"})
    void theTenKnownModulesAreAccepted(String module) {
        assertThat(findings(installer(i -> i.modules(m -> m.enable("org.fedoraproject.Anaconda.Modules." + module))),
                "INST-MODULE-NAMES")).isEmpty();
    }

    @Test
    void aFlatpakEntryNeedsARegistry() {
        Blueprint bp = flatpak(f -> f.references("app/org.example.App/$arch/stable"));
        assertThat(findings(bp, "INST-FLATPAK-REGISTRY"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(FORCE + "[0].registry", Severity.WARNING, "Each flatpak entry needs a registry."));
        assertThat(strictFindings(bp, "INST-FLATPAK-REGISTRY")).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"oci+https://flatpaks.example.net", "OCI+HTTPS://flatpaks.example.net", "oci+https:"})
    void anOciHttpsRegistryUrlIsAccepted(String url) {
        Blueprint bp = flatpak(f -> f.registry(r -> r.url(url)));
        assertThat(findings(bp, "INST-FLATPAK-URL")).isEmpty();
        assertThat(findings(bp, "INST-FLATPAK-REGISTRY")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://flatpaks.example.net", "oci://flatpaks.example.net", "oci+http://x",
        "flatpaks.example.net", "", "oci+https://example.net/\u0007", "://x"})
    void anotherRegistryUrlIsRefused(String url) {
        Blueprint bp = flatpak(f -> f.registry(r -> r.url(url)));
        assertThat(findings(bp, "INST-FLATPAK-URL"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(FORCE + "[0].registry.url", Severity.WARNING,
                        "The flatpak registry URL must use the oci+https scheme."));
        assertThat(strictFindings(bp, "INST-FLATPAK-URL")).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void aRegistryWithoutUrlIsRefused() {
        assertThat(findings(flatpak(f -> f.registry(r -> r.remoteName("example"))), "INST-FLATPAK-URL"))
                .extracting(Diagnostic::path).containsExactly(FORCE + "[0].registry.url");
    }

    @Test
    void malformedReferencesAreReportedEach() {
        Blueprint bp = flatpak(f -> f.registry(r -> r.url("oci+https://x")).references(
                "app/org.example.App/$arch/stable", "runtime/org.example.Platform/x86_64/24.08",
                "app/org.example.App/stable", "app//$arch/stable", "a/b/c/d/e", "$arch", "app/org.example.App/$arch/"));
        assertThat(findings(bp, "INST-FLATPAK-REF"))
                .extracting(Diagnostic::path, Diagnostic::severity)
                .containsExactly(
                        tuple(FORCE + "[0].references[2]", Severity.WARNING),
                        tuple(FORCE + "[0].references[3]", Severity.WARNING),
                        tuple(FORCE + "[0].references[4]", Severity.WARNING),
                        tuple(FORCE + "[0].references[5]", Severity.WARNING),
                        tuple(FORCE + "[0].references[6]", Severity.WARNING));
        assertThat(findings(bp, "INST-FLATPAK-REF").get(1).message())
                .isEqualTo("The flatpak reference \"app//$arch/stable\" must have four non-empty parts: type/id/arch/branch.");
        assertThat(strictFindings(bp, "INST-FLATPAK-REF")).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void anEmptyForceListIsNoted() {
        Blueprint bp = installer(i -> i.payload(p -> p.flatpaks(f -> f.force(List.of()))));
        assertThat(findings(bp, "INST-FLATPAK-RESET"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(FORCE, Severity.INFO,
                        "An empty force list removes the default flatpaks of the image."));
        assertThat(strictFindings(bp, "INST-FLATPAK-RESET")).extracting(Diagnostic::severity).containsExactly(Severity.INFO);
    }

    @Test
    void aMissingOrFilledForceListIsNotNoted() {
        assertThat(findings(installer(i -> i.payload(p -> p.flatpaks(f -> { }))), "INST-FLATPAK-RESET")).isEmpty();
        assertThat(findings(flatpak(f -> f.registry(r -> r.url("oci+https://x"))), "INST-FLATPAK-RESET")).isEmpty();
    }

    @Test
    void anEmptyForceListIsReadFromToml() {
        String toml = """
                name = "test"

                [customizations.installer.payload.flatpaks]
                force = []
                """;
        assertThat(tomlFindings(toml, "INST-FLATPAK-RESET")).extracting(Diagnostic::path, Diagnostic::line)
                .containsExactly(tuple(FORCE, 4));
    }

    @Test
    void emptyInstallerTablesReportNothing() {
        Blueprint bp = installer(i -> i.kickstart(k -> { }).modules(m -> { }).bootloader(b -> b.grub2(g -> { }))
                .payload(p -> p.flatpaks(f -> { })));
        assertThat(findingsUnder(bp, "customizations")).isEmpty();
    }
}
