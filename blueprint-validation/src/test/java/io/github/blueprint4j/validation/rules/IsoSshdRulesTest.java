package io.github.blueprint4j.validation.rules;

import static io.github.blueprint4j.validation.rules.InstallAreaChecks.blueprint;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.findings;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.findingsUnder;
import static io.github.blueprint4j.validation.rules.InstallAreaChecks.strictFindings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ISO volume id rules, the sshd rules and the installation device path. */
class IsoSshdRulesTest {

    private static final String VOLUME_ID = "customizations.iso.volume_id";

    @ParameterizedTest
    @ValueSource(strings = {"ACME-OS-9_6", "a", "0", "_-", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
    void aVolumeIdOfLettersDigitsDashAndUnderscoreIsFine(String id) {
        assertThat(findingsUnder(blueprint(c -> c.iso(i -> i.volumeId(id))), "customizations")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TEST OS", "", "a.b", "ÄBC", "x/y", "tab\t"})
    void otherVolumeIdsAreErrors(String id) {
        assertThat(findings(blueprint(c -> c.iso(i -> i.volumeId(id))), "ISO-VOLUME-ID"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(VOLUME_ID, Severity.ERROR,
                        "The ISO volume id may contain only letters, digits, \"-\" and \"_\", and cannot be empty."));
    }

    @Test
    void anIsoTableWithoutVolumeIdIsAnError() {
        assertThat(findings(blueprint(c -> c.iso(i -> i.publisher("ACME IT"))), "ISO-VOLUME-ID"))
                .extracting(Diagnostic::path).containsExactly(VOLUME_ID);
        assertThat(findings(blueprint(c -> c.hostname("x")), "ISO-VOLUME-ID")).isEmpty();
    }

    @Test
    void aVolumeIdOverThirtyTwoCharactersIsAWarning() {
        Blueprint bp = blueprint(c -> c.iso(i -> i.volumeId("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")));
        assertThat(findingsUnder(bp, "customizations"))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("ISO-VOLUME-ID-LENGTH", VOLUME_ID, Severity.WARNING,
                        "The ISO volume id has 33 characters; ISO 9660 volume ids are limited to 32."));
        assertThat(strictFindings(bp, "ISO-VOLUME-ID-LENGTH")).extracting(Diagnostic::severity)
                .containsExactly(Severity.WARNING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prohibit-password", "forced-commands-only", ""})
    void permitRootLoginAcceptsTheValuesTheBuildAccepts(String value) {
        assertThat(findings(blueprint(c -> c.sshd(s -> s.permitRootLogin(value))), "SSHD-PERMIT-ROOT-LOGIN")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "without-password", "Prohibit-Password"})
    void otherPermitRootLoginValuesAreWarningsAndErrorsInStrictMode(String value) {
        Blueprint bp = blueprint(c -> c.sshd(s -> s.permitRootLogin(value)));
        assertThat(findings(bp, "SSHD-PERMIT-ROOT-LOGIN"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.sshd.permit_root_login", Severity.WARNING,
                        "permit_root_login = \"" + value
                                + "\" is refused by the build; it must be prohibit-password or forced-commands-only."));
        assertThat(strictFindings(bp, "SSHD-PERMIT-ROOT-LOGIN")).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void aNegativeClientAliveIntervalIsAWarning() {
        Blueprint bp = blueprint(c -> c.sshd(s -> s.clientAliveInterval(-1L)));
        assertThat(findings(bp, "SSHD-CLIENT-ALIVE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.sshd.client_alive_interval", Severity.WARNING,
                        "The client alive interval -1 is negative."));
        assertThat(strictFindings(bp, "SSHD-CLIENT-ALIVE")).extracting(Diagnostic::severity)
                .containsExactly(Severity.WARNING);
        assertThat(findings(blueprint(c -> c.sshd(s -> s.clientAliveInterval(0L))), "SSHD-CLIENT-ALIVE")).isEmpty();
        assertThat(findings(blueprint(c -> c.sshd(s -> s.clientAliveInterval(Long.MAX_VALUE))), "SSHD-CLIENT-ALIVE"))
                .isEmpty();
        assertThat(findings(blueprint(c -> c.sshd(s -> s.clientAliveInterval(Long.MIN_VALUE))), "SSHD-CLIENT-ALIVE"))
                .hasSize(1);
    }

    @Test
    void anEmptySshdTableIsFine() {
        assertThat(findingsUnder(blueprint(c -> c.sshd(s -> { })), "customizations")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/vda", "/dev/nvme0n1", "/dev/disk/by-id/wwn-0x5000c500a0b1c2d3", ""})
    void aDevicePathIsFine(String device) {
        assertThat(findings(blueprint(c -> c.installationDevice(device)), "INSTDEV-PATH")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vda", "/dev/", "/dev", "/dev//vda", "/home/vda", "/dev/vda/", "/dev/v da", "dev/vda"})
    void anythingElseIsAWarningEvenInStrictMode(String device) {
        Blueprint bp = blueprint(c -> c.installationDevice(device));
        assertThat(findings(bp, "INSTDEV-PATH"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.installation_device", Severity.WARNING,
                        "The installation device \"" + device + "\" should be a device path such as /dev/vda."));
        assertThat(strictFindings(bp, "INSTDEV-PATH")).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
    }
}
