package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.RepositoryCustomization;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of custom repositories, as the reference checks and writes them. */
class RepositoryRulesTest {

    private static final BlueprintValidator VALIDATOR = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build();
    private static final BlueprintValidator STRICT = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).strict(true).build();
    private static final String KEY = """
            -----BEGIN PGP PUBLIC KEY BLOCK-----

            mQINBGAcScoBEADLf8YHkezJ6adlMYw7aGGIlJalt8Jj2x/B2K+hIfIuxGtpVj7e
            -----END PGP PUBLIC KEY BLOCK-----
            """;

    @Test
    void acceptsAWellFormedRepositoryWithoutErrors() {
        Blueprint blueprint = repository(r -> r.id("internal-tools").name("Internal tools").filename("internal")
                .addBaseurl("https://repo.example.net/tools/el9/$basearch/").gpgcheck(true)
                .addGpgkey("https://repo.example.net/keys/RPM-GPG-KEY-tools").installFrom(true));
        assertThat(findings(STRICT, blueprint, null)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void requiresAnId(String id) {
        assertThat(findings(VALIDATOR, repository(r -> r.id(id).addBaseurl("https://x/")), Set.of("REPO-ID-REQUIRED")))
                .containsExactly("ERROR REPO-ID-REQUIRED customizations.repositories[0].id");
    }

    @Test
    void reportsAnEmptyEntryOnceForEachMissingPart() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(Customizations.builder()
                .addRepository(new RepositoryCustomization(null, null, null, null, null, null, null, null, null, null,
                        null, null, null, false, Map.of()))
                .build()).build();
        assertThat(findings(VALIDATOR, blueprint, null)).containsExactlyInAnyOrder(
                "ERROR REPO-ID-REQUIRED customizations.repositories[0].id",
                "ERROR REPO-NEEDS-SOURCE customizations.repositories[0].baseurls",
                "INFO REPO-NOT-BUILD-SOURCE customizations.repositories[0]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fedora", "fedora-cisco-openh264", "copr:copr.fedorainfracloud.org:group:x", "a_b.c-1"})
    void acceptsRepositoryIds(String id) {
        assertThat(findings(STRICT, repository(r -> r.id(id).addBaseurl("https://x/")), Set.of("REPO-ID-PATTERN")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my repo", "repo/1", "répo", "repo$"})
    void warnsAboutIdCharactersAndRefusesThemWhenStrict(String id) {
        Set<String> rule = Set.of("REPO-ID-PATTERN");
        Blueprint blueprint = repository(r -> r.id(id).filename("ok").addBaseurl("https://x/"));
        assertThat(findings(VALIDATOR, blueprint, rule))
                .containsExactly("WARNING REPO-ID-PATTERN customizations.repositories[0].id");
        assertThat(findings(STRICT, blueprint, rule)).containsExactly("ERROR REPO-ID-PATTERN customizations.repositories[0].id");
    }

    @ParameterizedTest(name = "id {0}, filename {1}")
    @CsvSource(nullValues = "none", value = {
        "example, none",
        "example, ''",
        "example, custom.repo",
        "example, custom",
        "example, custom.REPO",
        "example, a.b-c_d",
        "'a b', ok",
        "none, ok",
    })
    void acceptsEffectiveFileNames(String id, String filename) {
        assertThat(findings(STRICT, repository(r -> r.id(id).filename(filename).addBaseurl("https://x/")),
                Set.of("REPO-FILENAME-PATTERN"))).isEmpty();
    }

    @ParameterizedTest(name = "id {0}, filename {1}")
    @CsvSource(nullValues = "none", value = {
        "example, sub/dir, filename, sub/dir.repo",
        "example, .repo, filename, .repo",
        "example, with space.repo, filename, with space.repo",
        "'a b', none, id, a b.repo",
        "'a:b', '', id, a:b.repo",
    })
    void refusesEffectiveFileNamesAtTheirSource(String id, String filename, String key, String effective) {
        Blueprint blueprint = repository(r -> r.id(id).filename(filename).addBaseurl("https://x/"));
        assertThat(diagnostics(VALIDATOR, blueprint, "REPO-FILENAME-PATTERN")).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("customizations.repositories[0]." + key);
            assertThat(d.severity().name()).isEqualTo("ERROR");
            assertThat(d.message()).isEqualTo("The repository file name \"" + effective + "\" is invalid.");
        });
    }

    @Test
    void limitsTheFileNameTo250CharactersBeforeTheSuffix() {
        Set<String> rule = Set.of("REPO-FILENAME-PATTERN");
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").filename("a".repeat(250)).addBaseurl("https://x/")), rule))
                .isEmpty();
        Blueprint tooLong = repository(r -> r.id("x").filename("a".repeat(251) + ".repo").addBaseurl("https://x/"));
        assertThat(findings(VALIDATOR, tooLong, rule))
                .containsExactly("ERROR REPO-FILENAME-PATTERN customizations.repositories[0].filename");
        assertThat(findings(VALIDATOR, repository(r -> r.id("b".repeat(251)).addBaseurl("https://x/")), rule))
                .containsExactly("ERROR REPO-FILENAME-PATTERN customizations.repositories[0].id");
    }

    @Test
    void requiresABaseUrlAMirrorlistOrAMetalink() {
        Set<String> rule = Set.of("REPO-NEEDS-SOURCE");
        assertThat(findings(VALIDATOR, repository(r -> r.id("x")), rule))
                .containsExactly("ERROR REPO-NEEDS-SOURCE customizations.repositories[0].baseurls");
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").mirrorlist("").metalink("")), rule))
                .containsExactly("ERROR REPO-NEEDS-SOURCE customizations.repositories[0].baseurls");
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").addBaseurl("https://x/")), rule)).isEmpty();
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").mirrorlist("https://x/mirrors")), rule)).isEmpty();
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").metalink("https://x/metalink")), rule)).isEmpty();
    }

    @Test
    void warnsAboutAnEmptyBaseUrlAndRefusesItWhenStrict() {
        Blueprint blueprint = repository(r -> r.id("x").baseurls("https://x/", ""));
        Set<String> rules = Set.of("REPO-BASEURL-NONEMPTY", "REPO-NEEDS-SOURCE");
        assertThat(findings(VALIDATOR, blueprint, rules))
                .containsExactly("WARNING REPO-BASEURL-NONEMPTY customizations.repositories[0].baseurls[1]");
        assertThat(findings(STRICT, blueprint, rules))
                .containsExactly("ERROR REPO-BASEURL-NONEMPTY customizations.repositories[0].baseurls[1]");
    }

    @Test
    void requiresKeysWhenGpgcheckIsOn() {
        Set<String> rule = Set.of("REPO-GPGCHECK-NEEDS-KEYS");
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").addBaseurl("https://x/").gpgcheck(true)), rule))
                .containsExactly("ERROR REPO-GPGCHECK-NEEDS-KEYS customizations.repositories[0].gpgkeys");
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").addBaseurl("https://x/").gpgcheck(false)), rule)).isEmpty();
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").addBaseurl("https://x/").gpgcheck(null)), rule)).isEmpty();
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").addBaseurl("https://x/").gpgcheck(true)
                .addGpgkey("https://x/key")), rule)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://repo.example.net/RPM-GPG-KEY", "file:///etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-$releasever",
        "/etc/pki/rpm-gpg/key", "mailto:keys@example.com", "http://[::1]:8080/key", "*", KEY})
    void acceptsKeyUrlsAndArmouredKeys(String key) {
        assertThat(findings(VALIDATOR, repository(r -> r.id("x").addBaseurl("https://x/").addGpgkey(key)),
                Set.of("REPO-GPGKEY-FORMAT"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "etc/pki/key", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nmQINBGAcScoBEADLf8YH\n",
        " -----BEGIN PGP PUBLIC KEY BLOCK-----\n-----END PGP PUBLIC KEY BLOCK-----", "http://[::1/key", "https://x:port/key",
        "https://x/%zz", ":key", "https://x/key\n"})
    void refusesKeysThatAreNeitherUrlsNorKeyBlocks(String key) {
        Blueprint blueprint = repository(r -> r.id("x").addBaseurl("https://x/").gpgkeys("https://x/key", key));
        assertThat(findings(VALIDATOR, blueprint, Set.of("REPO-GPGKEY-FORMAT")))
                .containsExactly("ERROR REPO-GPGKEY-FORMAT customizations.repositories[0].gpgkeys[1]");
    }

    @Test
    void refusesAnEmptyKeyAndWarnsThatItIsEmpty() {
        Blueprint blueprint = repository(r -> r.id("x").addBaseurl("https://x/").addGpgkey(""));
        Set<String> rules = Set.of("REPO-GPGKEY-FORMAT", "REPO-GPGKEY-NONEMPTY");
        assertThat(findings(VALIDATOR, blueprint, rules)).containsExactlyInAnyOrder(
                "ERROR REPO-GPGKEY-FORMAT customizations.repositories[0].gpgkeys[0]",
                "WARNING REPO-GPGKEY-NONEMPTY customizations.repositories[0].gpgkeys[0]");
        assertThat(findings(STRICT, blueprint, rules)).containsExactlyInAnyOrder(
                "ERROR REPO-GPGKEY-FORMAT customizations.repositories[0].gpgkeys[0]",
                "ERROR REPO-GPGKEY-NONEMPTY customizations.repositories[0].gpgkeys[0]");
    }

    @Test
    void notesWhereAnInlineKeyIsSaved() {
        Blueprint blueprint = repository(r -> r.id("internal").addBaseurl("https://x/")
                .gpgkeys("https://x/key", KEY, "garbage"));
        assertThat(diagnostics(STRICT, blueprint, "REPO-INLINE-KEY-FILE")).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("customizations.repositories[0].gpgkeys[1]");
            assertThat(d.severity().name()).isEqualTo("INFO");
            assertThat(d.message()).isEqualTo("An inline key is saved as /etc/pki/rpm-gpg/RPM-GPG-KEY-internal-1"
                    + " and is not imported into the RPM database.");
        });
    }

    @Test
    void notesARepositoryThatIsNotABuildSource() {
        Set<String> rule = Set.of("REPO-NOT-BUILD-SOURCE");
        assertThat(findings(STRICT, repository(r -> r.id("x").addBaseurl("https://x/")), rule))
                .containsExactly("INFO REPO-NOT-BUILD-SOURCE customizations.repositories[0]");
        assertThat(findings(STRICT, repository(r -> r.id("x").addBaseurl("https://x/").installFrom(true)), rule)).isEmpty();
    }

    @Test
    void notesEveryLaterRepositoryWrittenToAnEarlierFile() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(c -> c
                .addRepository(r -> r.id("one").filename("shared").addBaseurl("https://x/1"))
                .addRepository(r -> r.id("two").filename("shared.repo").addBaseurl("https://x/2"))
                .addRepository(r -> r.id("shared").addBaseurl("https://x/3"))
                .addRepository(r -> r.id("own").addBaseurl("https://x/4"))
                .addRepository(r -> r.filename("").addBaseurl("https://x/5"))
                .addRepository(r -> r.addBaseurl("https://x/6"))).build();
        List<Diagnostic> found = diagnostics(STRICT, blueprint, "REPO-SHARED-FILE");
        assertThat(found).extracting(d -> d.severity() + " " + d.path()).containsExactlyInAnyOrder(
                "INFO customizations.repositories[1].filename", "INFO customizations.repositories[2].id");
        assertThat(found).extracting(Diagnostic::message).containsOnly(
                "Repositories with the file name shared.repo are written into one file.");
    }

    @Test
    void readsTheReferenceExampleWithoutErrors() {
        Blueprint blueprint = Blueprints.readToml("""
                name = "t"
                [[customizations.repositories]]
                id = "fedora-cisco-openh264"
                gpgkeys = ["file:///etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-$releasever-$basearch"]
                metalink = "https://mirrors.fedoraproject.org/metalink?repo=fedora-cisco-openh264-$releasever&arch=$basearch"
                name = "Fedora $releasever openh264 (From Cisco) - $basearch"
                enabled = false
                gpgcheck = true
                install_from = true
                """);
        assertThat(findings(STRICT, blueprint, null)).isEmpty();
    }

    @Test
    void findsNothingWithoutRepositories() {
        assertThat(findings(STRICT, Blueprint.builder().name("t").customizations(c -> c.hostname("h")).build(), null))
                .isEmpty();
    }

    private static Blueprint repository(Consumer<RepositoryCustomization.Builder> repository) {
        return Blueprint.builder().name("t").customizations(c -> c.addRepository(repository)).build();
    }

    private static List<Diagnostic> diagnostics(BlueprintValidator validator, Blueprint blueprint, String rule) {
        return validator.validate(blueprint).diagnostics().stream().filter(d -> d.code().equals(rule)).toList();
    }

    // "SEVERITY CODE path" of the findings of the given rules, or of every repository rule
    private static List<String> findings(BlueprintValidator validator, Blueprint blueprint, Set<String> rules) {
        return validator.validate(blueprint).diagnostics().stream()
                .filter(d -> rules == null ? d.code().startsWith("REPO-") : rules.contains(d.code()))
                .map(d -> d.severity() + " " + d.code() + " " + d.path())
                .toList();
    }
}
