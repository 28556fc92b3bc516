package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the firewall and of the systemd services: FW-PORT-*, FW-ZONE-* and SVC-ENABLED-DISABLED. */
class FirewallServicesRulesTest {

    private static final Set<String> CODES = Set.of("FW-PORT-FORMAT", "FW-PORT-RANGE", "FW-ZONE-NAME-REQUIRED",
            "FW-ZONE-NAME-PATTERN", "FW-ZONE-SOURCES-REQUIRED", "SVC-ENABLED-DISABLED");

    private static final BlueprintValidator VALIDATOR = RuleChecks.DEFAULT;
    private static final BlueprintValidator STRICT = RuleChecks.STRICT;

    private static List<Diagnostic> findings(BlueprintValidator validator, Blueprint blueprint) {
        return RuleChecks.findings(validator, blueprint, CODES);
    }

    private static List<Diagnostic> findings(Blueprint blueprint) {
        return findings(VALIDATOR, blueprint);
    }

    private static Blueprint ports(String... ports) {
        return Blueprint.builder().name("bp").customizations(c -> c.firewall(f -> f.ports(ports))).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22:tcp", "8080:tcp", "53:udp", "1:sctp", "65535:dccp", "60000-61000:udp", "5000-5000:tcp",
        "ssh:tcp", "http-alt:tcp", "imaps:tcp", "00022:tcp"})
    void acceptedPorts(String port) {
        assertThat(findings(STRICT, ports(port))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "9090", "22:TCP", "22:icmp", "22/tcp", ":tcp", "22:", "tcp", "-22:tcp", "22-:tcp",
        "22 :tcp", "123456:tcp", "1-2-3:tcp", ""})
    void portsWithoutTheRecommendedFormAreWarnings(String port) {
        assertThat(findings(ports(port))).filteredOn(d -> d.code().equals("FW-PORT-FORMAT"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.firewall.ports[0]", Severity.WARNING,
                        "\"" + port + "\" is not a port: write port:protocol or from-to:protocol."));
        assertThat(findings(STRICT, ports(port))).filteredOn(d -> d.code().equals("FW-PORT-FORMAT"))
                .extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:tcp", "65536:tcp", "99999:udp", "2000-1000:tcp", "0-10:tcp", "1-65536:tcp", "ssh-70000:tcp"})
    void portNumbersOutsideTheRangeAreWarnings(String port) {
        assertThat(findings(STRICT, ports(port))).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("FW-PORT-RANGE", "customizations.firewall.ports[0]", Severity.WARNING));
    }

    @Test
    void numberTooLongForTheFormatIsAlsoOutOfRange() {
        assertThat(findings(ports("123456:tcp"))).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("FW-PORT-FORMAT", "FW-PORT-RANGE");
        assertThat(findings(ports("99999999999999999999999:tcp"))).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("FW-PORT-FORMAT", "FW-PORT-RANGE");
    }

    @Test
    void portsOfTheConformanceSuiteAreNoErrorByDefault() {
        Blueprint blueprint = Blueprints.readToml("""
                name = "conformance"

                [customizations.firewall]
                ports = ["22", "9090"]

                [customizations.firewall.services]
                enabled = ["cockpit", "osbuild-composer"]
                disabled = ["TCP", "httpd"]
                """);

        List<Diagnostic> findings = findings(blueprint);
        assertThat(findings).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(
                        tuple("FW-PORT-FORMAT", "customizations.firewall.ports[0]", Severity.WARNING),
                        tuple("FW-PORT-FORMAT", "customizations.firewall.ports[1]", Severity.WARNING));
        assertThat(VALIDATOR.validate(blueprint).errors()).isEmpty();
    }

    @Test
    void zonesNeedAValidNameAndSources() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c.firewall(f -> f
                .addZone(z -> z.name("trusted").sources("10.0.0.0/8"))
                .addZone(z -> z.sources("192.168.0.0/16"))
                .addZone(z -> z.name("").sources("ipset:blocked"))
                .addZone(z -> z.name("my zone"))
                .addZone(z -> z.name("dmz_2-b").sources("00:11:22:33:44:55"))))
                .build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple("FW-ZONE-NAME-REQUIRED", "customizations.firewall.zones[1].name", Severity.WARNING),
                        tuple("FW-ZONE-NAME-REQUIRED", "customizations.firewall.zones[2].name", Severity.WARNING),
                        tuple("FW-ZONE-NAME-PATTERN", "customizations.firewall.zones[3].name", Severity.WARNING),
                        tuple("FW-ZONE-SOURCES-REQUIRED", "customizations.firewall.zones[3].sources", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void serviceBothEnabledAndDisabledOrMaskedIsReportedAtTheOtherEntry() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c.services(s -> s
                .enabled("sshd", "cockpit.socket", "chronyd.service")
                .disabled("httpd", "sshd.service", "cockpit")
                .masked("chronyd", "cockpit.socket")))
                .build();

        assertThat(findings(STRICT, blueprint))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple("SVC-ENABLED-DISABLED", "customizations.services.disabled[1]", Severity.WARNING,
                                "The service \"sshd.service\" is both enabled and disabled."),
                        tuple("SVC-ENABLED-DISABLED", "customizations.services.masked[0]", Severity.WARNING,
                                "The service \"chronyd\" is both enabled and masked."),
                        tuple("SVC-ENABLED-DISABLED", "customizations.services.masked[1]", Severity.WARNING,
                                "The service \"cockpit.socket\" is both enabled and masked."));
    }

    @Test
    void servicesOfTheConformanceSuitePass() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c.services(s -> s
                .enabled("cockpit", "osbuild-composer")
                .disabled("sshd", "ftp")
                .masked("firewalld")))
                .build();

        assertThat(findings(STRICT, blueprint)).isEmpty();
    }

    @Test
    void emptySectionsDoNotThrow() {
        Blueprint blueprint = Blueprint.builder().customizations(c -> c
                .firewall(f -> f.services(s -> { }).addZone(z -> { }))
                .services(s -> s.disabled("sshd")))
                .build();

        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("FW-ZONE-NAME-REQUIRED", "FW-ZONE-SOURCES-REQUIRED");
    }
}
