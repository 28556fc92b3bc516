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
import io.github.blueprint4j.model.FirstbootCustomization;
import io.github.blueprint4j.model.FirstbootScript;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The firstboot script rules: FB-TYPE, FB-KEYS-BY-TYPE, the required keys per type, names and unit names. */
class FirstbootRulesTest {

    private static final String SCRIPT = "customizations.firstboot.scripts[0].";

    @SafeVarargs
    private static Blueprint scripts(Consumer<FirstbootScript.Builder>... scripts) {
        FirstbootCustomization.Builder firstboot = FirstbootCustomization.builder();
        for (Consumer<FirstbootScript.Builder> script : scripts) {
            firstboot.addScript(script);
        }
        FirstbootCustomization built = firstboot.build();
        return blueprint(c -> c.firstboot(built));
    }

    @Test
    void aMissingTypeIsAnError() {
        assertThat(findings(scripts(s -> s.name("x")), "FB-TYPE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(SCRIPT + "type", Severity.ERROR,
                        "A firstboot script needs a type: custom, satellite or aap."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xxx", "", "custom ", "shell"})
    void anUnknownTypeIsAnError(String type) {
        assertThat(findings(scripts(s -> s.type(type)), "FB-TYPE"))
                .extracting(Diagnostic::path).containsExactly(SCRIPT + "type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"custom", "CUSTOM", "Custom"})
    void theTypeIsComparedCaseInsensitively(String type) {
        Blueprint bp = scripts(s -> s.type(type).contents("echo hello"));
        assertThat(findings(bp, "FB-TYPE")).isEmpty();
        assertThat(findingsUnder(bp, "customizations")).isEmpty();
    }

    @Test
    void anUnknownTypeSkipsTheTypeSpecificChecks() {
        Blueprint bp = scripts(s -> s.type("xxx").contents("").jobTemplateUrl("u").putUnknownKey("foo", 1));
        assertThat(findingsUnder(bp, "customizations"))
                .extracting(Diagnostic::code).containsOnly("FB-TYPE");
    }

    @Test
    void keysOfAnotherTypeAreReportedEachAtItsKey() {
        Blueprint bp = scripts(s -> s.type("custom").contents("echo").command("register").addCacert("PEM")
                .jobTemplateUrl("https://aap.example.com/cb/").hostConfigKey("k"));
        assertThat(findings(bp, "FB-KEYS-BY-TYPE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple(SCRIPT + "command", Severity.ERROR, "command is not allowed in custom firstboot scripts."),
                        tuple(SCRIPT + "cacerts", Severity.ERROR, "cacerts is not allowed in custom firstboot scripts."),
                        tuple(SCRIPT + "job_template_url", Severity.ERROR,
                                "job_template_url is not allowed in custom firstboot scripts."),
                        tuple(SCRIPT + "host_config_key", Severity.ERROR,
                                "host_config_key is not allowed in custom firstboot scripts."));
    }

    @Test
    void satelliteAllowsCommandAndCacertsOnly() {
        Blueprint bp = scripts(s -> s.type("Satellite").command("register").addCacert("PEM").contents("x")
                .jobTemplateUrl("u").hostConfigKey("k"));
        assertThat(findings(bp, "FB-KEYS-BY-TYPE"))
                .extracting(Diagnostic::path, Diagnostic::message)
                .containsExactlyInAnyOrder(
                        tuple(SCRIPT + "contents", "contents is not allowed in satellite firstboot scripts."),
                        tuple(SCRIPT + "job_template_url", "job_template_url is not allowed in satellite firstboot scripts."),
                        tuple(SCRIPT + "host_config_key", "host_config_key is not allowed in satellite firstboot scripts."));
    }

    @Test
    void aapAllowsItsKeysAndCacerts() {
        Blueprint bp = scripts(s -> s.type("aap").jobTemplateUrl("u").hostConfigKey("k").addCacert("PEM")
                .command("register").contents("x"));
        assertThat(findings(bp, "FB-KEYS-BY-TYPE"))
                .extracting(Diagnostic::path)
                .containsExactlyInAnyOrder(SCRIPT + "command", SCRIPT + "contents");
    }

    @Test
    void theCommonKeysAreAllowedForEveryType() {
        Blueprint bp = scripts(
                s -> s.type("custom").name("a").ignoreFailure(true).after("network-online.target")
                        .before("sshd.service").contents("echo"),
                s -> s.type("satellite").name("b").ignoreFailure(true).after("network-online.target")
                        .before("sshd.service").command("register"),
                s -> s.type("aap").name("c").ignoreFailure(true).after("network-online.target")
                        .before("sshd.service").jobTemplateUrl("u").hostConfigKey("k"));
        assertThat(findingsUnder(bp, "customizations")).isEmpty();
    }

    @Test
    void aWrittenEmptyValueCountsAsAKey() {
        assertThat(findings(scripts(s -> s.type("satellite").command("register").contents("")), "FB-KEYS-BY-TYPE"))
                .extracting(Diagnostic::path).containsExactly(SCRIPT + "contents");
    }

    @Test
    void anEmptyCacertsListIsNotAKey() {
        assertThat(findings(scripts(s -> s.type("custom").contents("echo").cacerts()), "FB-KEYS-BY-TYPE")).isEmpty();
    }

    @Test
    void unknownKeysAreReportedAtTheirOwnName() {
        String toml = """
                name = "test"

                [[customizations.firstboot.scripts]]
                type = "custom"
                contents = "echo"
                satellite_command = "register"
                """;
        assertThat(tomlFindings(toml, "FB-KEYS-BY-TYPE"))
                .extracting(Diagnostic::path, Diagnostic::message, Diagnostic::line)
                .containsExactly(tuple(SCRIPT + "satellite_command",
                        "satellite_command is not allowed in custom firstboot scripts.", 6));
    }

    @Test
    void customNeedsContents() {
        assertThat(findings(scripts(s -> s.type("custom")), "FB-CUSTOM-CONTENTS"))
                .extracting(Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple(SCRIPT + "contents", Severity.ERROR));
        assertThat(findings(scripts(s -> s.type("CUSTOM").contents("")), "FB-CUSTOM-CONTENTS")).hasSize(1);
        assertThat(findings(scripts(s -> s.type("custom").contents(" ")), "FB-CUSTOM-CONTENTS")).isEmpty();
        assertThat(findings(scripts(s -> s.type("satellite")), "FB-CUSTOM-CONTENTS")).isEmpty();
    }

    @Test
    void satelliteNeedsACommand() {
        assertThat(findings(scripts(s -> s.type("satellite")), "FB-SATELLITE-COMMAND"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(SCRIPT + "command", Severity.ERROR,
                        "A satellite firstboot script needs the registration command."));
        assertThat(findings(scripts(s -> s.type("satellite").command("")), "FB-SATELLITE-COMMAND")).hasSize(1);
        assertThat(findings(scripts(s -> s.type("satellite").command("register")), "FB-SATELLITE-COMMAND")).isEmpty();
        assertThat(findings(scripts(s -> s.type("custom")), "FB-SATELLITE-COMMAND")).isEmpty();
    }

    @Test
    void aapNeedsBothKeysEachReportedAtItself() {
        assertThat(findings(scripts(s -> s.type("aap")), "FB-AAP-FIELDS"))
                .extracting(Diagnostic::path, Diagnostic::severity)
                .containsExactlyInAnyOrder(
                        tuple(SCRIPT + "job_template_url", Severity.ERROR),
                        tuple(SCRIPT + "host_config_key", Severity.ERROR));
        assertThat(findings(scripts(s -> s.type("aap").jobTemplateUrl("u").hostConfigKey("")), "FB-AAP-FIELDS"))
                .extracting(Diagnostic::path).containsExactly(SCRIPT + "host_config_key");
        assertThat(findings(scripts(s -> s.type("aap").jobTemplateUrl("u").hostConfigKey("k")), "FB-AAP-FIELDS")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed db", "seed.db", "é", "a/b"})
    void aNameOutsideTheIntendedCharactersIsAWarning(String name) {
        Blueprint bp = scripts(s -> s.type("custom").name(name).contents("echo"));
        assertThat(findings(bp, "FB-NAME-FORMAT"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple(SCRIPT + "name", Severity.WARNING,
                        "The firstboot script name \"" + name + "\" should contain only letters, digits, \"_\" and \"-\"."));
        assertThat(strictFindings(bp, "FB-NAME-FORMAT")).extracting(Diagnostic::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void goodOrMissingNamesAreFine() {
        assertThat(findings(scripts(s -> s.type("custom").name("Seed-db_1").contents("echo"),
                s -> s.type("custom").name("").contents("echo"),
                s -> s.type("custom").contents("echo")), "FB-NAME-FORMAT")).isEmpty();
    }

    @Test
    void everyRepeatedNameIsReportedAtTheLaterScripts() {
        Blueprint bp = scripts(
                s -> s.type("custom").name("a").contents("echo"),
                s -> s.type("custom").name("a").contents("echo"),
                s -> s.type("custom").name("b").contents("echo"),
                s -> s.type("custom").name("a").contents("echo"),
                s -> s.type("custom").name("").contents("echo"),
                s -> s.type("custom").name("").contents("echo"),
                s -> s.type("custom").contents("echo"),
                s -> s.type("custom").contents("echo"));
        assertThat(findings(bp, "FB-NAME-UNIQUE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(
                        tuple("customizations.firstboot.scripts[1].name", Severity.WARNING,
                                "The firstboot script name \"a\" is used more than once."),
                        tuple("customizations.firstboot.scripts[3].name", Severity.WARNING,
                                "The firstboot script name \"a\" is used more than once."));
    }

    @Test
    void unitNamesNeedAUnitTypeSuffix() {
        Blueprint bp = scripts(s -> s.type("custom").contents("echo")
                .after("network-online.target", "network-online", "getty@tty1.service", ".service")
                .before("foo.bar", "data.mount", "x.automount"));
        assertThat(findings(bp, "FB-UNIT-NAMES"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(
                        tuple(SCRIPT + "after[1]", Severity.WARNING, "\"network-online\" is not a full systemd unit name."),
                        tuple(SCRIPT + "after[3]", Severity.WARNING, "\".service\" is not a full systemd unit name."),
                        tuple(SCRIPT + "before[0]", Severity.WARNING, "\"foo.bar\" is not a full systemd unit name."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.service", "a.socket", "a.device", "a.mount", "a.automount", "a.swap", "a.target",
        "a.path", "a.timer", "a.slice", "a.scope"})
    void everySystemdUnitTypeIsAccepted(String unit) {
        assertThat(findings(scripts(s -> s.type("custom").contents("echo").after(unit)), "FB-UNIT-NAMES")).isEmpty();
    }

    @Test
    void anEmptyScriptReportsOnlyItsType() {
        assertThat(findingsUnder(scripts(s -> { }), "customizations"))
                .extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("FB-TYPE", SCRIPT + "type"));
    }
}
