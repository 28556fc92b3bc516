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

/** The rules of host name, time zone and locale: HOSTNAME-VALID, TZ-* and LOCALE-*. */
class SystemSettingsRulesTest {

    private static final Set<String> CODES = Set.of("HOSTNAME-VALID", "TZ-NAME", "TZ-NTP-NONEMPTY",
            "LOCALE-NOT-EMPTY", "LOCALE-PRIMARY-ONLY", "LOCALE-NAMES");

    private static final BlueprintValidator VALIDATOR = RuleChecks.DEFAULT;
    private static final BlueprintValidator STRICT = RuleChecks.STRICT;

    private static List<Diagnostic> findings(BlueprintValidator validator, Blueprint blueprint) {
        return RuleChecks.findings(validator, blueprint, CODES);
    }

    private static List<Diagnostic> findings(Blueprint blueprint) {
        return findings(VALIDATOR, blueprint);
    }

    private static Blueprint hostname(String hostname) {
        return Blueprint.builder().name("bp").customizations(c -> c.hostname(hostname)).build();
    }

    private static Blueprint timezone(String timezone) {
        return Blueprint.builder().name("bp").customizations(c -> c.timezone(t -> t.timezone(timezone))).build();
    }

    private static Blueprint languages(String... languages) {
        return Blueprint.builder().name("bp").customizations(c -> c.locale(l -> l.languages(languages))).build();
    }

    private static Blueprint keyboard(String keyboard) {
        return Blueprint.builder().name("bp").customizations(c -> c.locale(l -> l.keyboard(keyboard))).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hostname", "web01", "web-01.example.com", "1.2.3", "a",
        "x123456789012345678901234567890123456789012345678901234567890123"})
    void acceptedHostnames(String hostname) {
        assertThat(findings(STRICT, hostname(hostname))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "web_01", "web 01", "web01.", ".web01", "a..b", "wéb",
        "x1234567890123456789012345678901234567890123456789012345678901234"})
    void refusedHostnames(String hostname) {
        assertThat(findings(STRICT, hostname(hostname))).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("HOSTNAME-VALID", "customizations.hostname", Severity.WARNING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York", "UTC", "Etc/UTC", "Asia/Kolkata"})
    void tzDatabaseNames(String timezone) {
        assertThat(findings(STRICT, timezone(timezone))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"testZONE", "", "Europe/berlin", "CEST", "+02:00"})
    void otherTimeZonesAreWarnings(String timezone) {
        assertThat(findings(STRICT, timezone(timezone)))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("TZ-NAME", "customizations.timezone.timezone", Severity.WARNING,
                        "\"" + timezone + "\" is not a time zone of the tz database."));
    }

    @Test
    void emptyNtpServerIsAWarningAndAnErrorInStrictMode() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c.timezone(t -> t
                .ntpservers("0.pool.ntp.org", "", "time.example.com", ""))).build();

        assertThat(findings(blueprint)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(
                        tuple("TZ-NTP-NONEMPTY", "customizations.timezone.ntpservers[1]", Severity.WARNING),
                        tuple("TZ-NTP-NONEMPTY", "customizations.timezone.ntpservers[3]", Severity.WARNING));
        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void timezoneOfTheConformanceSuiteIsOnlyAWarning() {
        Blueprint blueprint = Blueprints.readJson("""
                {"name": "conformance", "customizations": {"timezone": {"timezone": "testZONE", "ntpservers": ["server"]}}}
                """);

        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(tuple("TZ-NAME", Severity.WARNING));
    }

    @Test
    void localeSectionWithoutLanguageOrKeyboardIsAWarning() {
        Blueprint empty = Blueprint.builder().name("bp").customizations(c -> c.locale(l -> { })).build();
        Blueprint emptyKeyboard = keyboard("");

        assertThat(findings(STRICT, empty)).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("LOCALE-NOT-EMPTY", "customizations.locale", Severity.WARNING));
        assertThat(findings(emptyKeyboard)).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder("LOCALE-NOT-EMPTY", "LOCALE-NAMES");
        assertThat(findings(keyboard("us"))).isEmpty();
        assertThat(findings(languages("en_US.UTF-8"))).isEmpty();
    }

    @Test
    void onlyTheFirstLanguageIsApplied() {
        assertThat(findings(languages("de_DE.UTF-8", "en_US.UTF-8", "fr_FR.UTF-8")))
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("LOCALE-PRIMARY-ONLY", "customizations.locale.languages", Severity.INFO,
                        "Only the first language, de_DE.UTF-8, is applied; the others are ignored."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en_US.UTF-8", "en_US", "de_CH.utf8", "sr_RS@latin", "ca_ES.UTF-8@valencia", "C", "POSIX",
        "C.UTF-8", "fil_PH.UTF-8", "zh_TW.Big5"})
    void localeNames(String language) {
        assertThat(findings(STRICT, languages(language))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "en", "en-US", "en_us.UTF-8", "EN_US", "xx_US.UTF-8", "en_XX.UTF-8", "",
        "en_US.UTF-8 ", "en_US@"})
    void otherLanguagesAreWarnings(String language) {
        assertThat(findings(STRICT, languages("en_US.UTF-8", language)))
                .filteredOn(d -> d.code().equals("LOCALE-NAMES"))
                .extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::message)
                .containsExactly(tuple("customizations.locale.languages[1]", Severity.WARNING,
                        "\"" + language + "\" does not look like a locale or keymap name."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "de-latin1", "fr_CH", "de_CH-latin1", "en"})
    void keymapNames(String keymap) {
        assertThat(findings(STRICT, keyboard(keymap))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"us dvorak", " us", "us\t"})
    void keymapsWithWhitespaceAreWarnings(String keymap) {
        assertThat(findings(STRICT, keyboard(keymap))).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::severity)
                .containsExactly(tuple("LOCALE-NAMES", "customizations.locale.keyboard", Severity.WARNING));
    }

    @Test
    void everyBadLocaleNameIsReported() {
        Blueprint blueprint = Blueprint.builder().name("bp").customizations(c -> c.locale(l -> l
                .languages("english", "en_US.UTF-8", "german").keyboard("us intl"))).build();

        assertThat(findings(blueprint)).filteredOn(d -> d.code().equals("LOCALE-NAMES")).extracting(Diagnostic::path)
                .containsExactlyInAnyOrder("customizations.locale.languages[0]", "customizations.locale.languages[2]",
                        "customizations.locale.keyboard");
    }

    @Test
    void emptySectionsDoNotThrow() {
        Blueprint blueprint = Blueprint.builder().customizations(c -> c.timezone(t -> { }).locale(l -> { })).build();

        assertThat(findings(STRICT, blueprint)).extracting(Diagnostic::code).containsExactly("LOCALE-NOT-EMPTY");
    }
}
