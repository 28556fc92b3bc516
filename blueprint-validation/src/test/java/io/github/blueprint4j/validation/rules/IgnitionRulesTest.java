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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Ignition rules: embedded or first-boot, url or empty, and the embedded configuration. */
class IgnitionRulesTest {

    private static final String CONFIG = "customizations.ignition.embedded.config";

    private static Blueprint embedded(String config) {
        return blueprint(c -> c.ignition(i -> i.embedded(e -> e.config(config))));
    }

    @Test
    void embeddedAndFirstbootTogetherAreReportedAtFirstboot() {
        Blueprint bp = blueprint(c -> c.ignition(i -> i.embedded(e -> e.config("e30="))
                .firstboot(f -> f.url("https://provision.example.net/gw.ign"))));
        assertThat(findings(bp, "IGN-EXCLUSIVE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.ignition.firstboot", Severity.WARNING,
                        "Use either embedded or first-boot Ignition, not both."));
        assertThat(strictFindings(bp, "IGN-EXCLUSIVE")).extracting(Diagnostic::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void eitherAloneIsFine() {
        assertThat(findingsUnder(embedded("e30="), "customizations")).isEmpty();
        assertThat(findingsUnder(blueprint(c -> c.ignition(i -> i.firstboot(f -> f.url("https://x")))), "customizations"))
                .isEmpty();
        assertThat(findingsUnder(blueprint(c -> c.ignition(i -> { })), "customizations")).isEmpty();
    }

    @Test
    void urlAndEmptyTogetherAreReportedAtEmpty() {
        Blueprint bp = blueprint(c -> c.ignition(i -> i.firstboot(f -> f.url("http://example.com").empty(true))));
        assertThat(findings(bp, "IGN-URL-EMPTY-EXCLUSIVE"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.ignition.firstboot.empty", Severity.ERROR,
                        "url and empty = true cannot be used together."));
    }

    @Test
    void urlOrEmptyAloneIsFine() {
        assertThat(findings(blueprint(c -> c.ignition(i -> i.firstboot(f -> f.url("http://example.com").empty(false)))),
                "IGN-URL-EMPTY-EXCLUSIVE")).isEmpty();
        assertThat(findings(blueprint(c -> c.ignition(i -> i.firstboot(f -> f.empty(true)))),
                "IGN-URL-EMPTY-EXCLUSIVE")).isEmpty();
        assertThat(findings(blueprint(c -> c.ignition(i -> i.firstboot(f -> f.url("").empty(true)))),
                "IGN-URL-EMPTY-EXCLUSIVE")).isEmpty();
    }

    @Test
    void urlAndEmptyArePlacedAtTheEmptyKey() {
        String toml = """
                name = "test"

                [customizations.ignition.firstboot]
                url = "http://example.com"
                empty = true
                """;
        assertThat(tomlFindings(toml, "IGN-URL-EMPTY-EXCLUSIVE")).extracting(Diagnostic::line).containsExactly(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eyJpZ25pdGlvbiI6eyJ2ZXJzaW9uIjoiMy40LjAifX0=", "e30=", "YQ==", "YWI=",
        "eyJpZ25pdGlvbiI6\neyJ2ZXJzaW9uIjoiMy40LjAifX0=\n", "e3\r\n0="})
    void standardPaddedBase64IsAccepted(String config) {
        assertThat(findings(embedded(config), "IGN-EMBEDDED-BASE64")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"ignition\":{}}", "YQ", "YWI", "e30", "a-_b", "e30= ", "e3 0=", "Y===",
        "eyJpZ25pdGlvbiI6e319\t"})
    void otherTextIsNotBase64(String config) {
        Blueprint bp = embedded(config);
        assertThat(findings(bp, "IGN-EMBEDDED-BASE64"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message, Diagnostic::hint)
                .containsExactly(tuple(CONFIG, Severity.WARNING,
                        "The embedded Ignition configuration is not valid Base64.",
                        "encode the configuration with standard, padded Base64"));
        assertThat(strictFindings(bp, "IGN-EMBEDDED-BASE64")).extracting(Diagnostic::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void anEmptyConfigurationIsAWarningOnly() {
        for (Blueprint bp : new Blueprint[] {embedded(""), blueprint(c -> c.ignition(i -> i.embedded(e -> { })))}) {
            assertThat(findingsUnder(bp, "customizations"))
                    .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                    .containsExactly(tuple("IGN-EMBEDDED-CONFIG", CONFIG, Severity.WARNING,
                            "The embedded Ignition configuration is empty."));
            assertThat(strictFindings(bp, "IGN-EMBEDDED-CONFIG")).extracting(Diagnostic::severity)
                    .containsExactly(Severity.WARNING);
        }
    }
}
