package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blueprint4j.testdata.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPolicyTest {

    private static final PathPolicy MOUNTPOINTS = PathPolicies.table("mountpoints-default");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", value = {
        "/, -", "/boot, -", "/boot/efi, -", "/var/log, -", "/usr, -", "/custom/dir, -",
        "/usr/local, 'only /usr itself is allowed, nothing below it'",
        "/etc, it is denied", "/etc/x, everything below /etc is denied",
        "/var/run, it is denied", "relative, it is not an absolute path", "/boot/, it is not a canonical path",
        "/a//b, it is not a canonical path", "/a/./b, it is not a canonical path", "/a/../b, it is not a canonical path"})
    void appliesTheLongestMatchingEntry(String path, String refusal) {
        assertThat(MOUNTPOINTS.refusal(path)).isEqualTo(refusal);
    }

    @Test
    void aMoreSpecificEntryAllowsASubtreeOfADeniedOne() {
        PathPolicy policy = PathPolicy.builder("t", PathPolicy.Scope.FILES).deny("/").allow("/etc").exact("/usr/local/bin")
                .deny("/etc/shadow").build();
        assertThat(policy.refusal("/etc/motd")).isNull();
        assertThat(policy.refusal("/etc/shadow")).isEqualTo("it is denied");
        assertThat(policy.refusal("/usr/local/bin")).isNull();
        assertThat(policy.refusal("/usr/local/bin/x")).isNotNull();
        assertThat(policy.refusal("/opt")).isEqualTo("everything below / is denied");
        assertThat(policy.refusal("/etcetera")).isEqualTo("everything below / is denied");
        assertThat(policy.deniesExactly("/etc/shadow")).isTrue();
    }

    @Test
    void bundledTablesAreTheConformanceSuitesTables() throws IOException {
        try (InputStream in = PathPolicies.class.getResourceAsStream("policies.json")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(TestData.text("conformance/policies.json"));
        }
        assertThat(PathPolicies.availableNames()).contains("mountpoints-default", "files-ostree", "weldr-name",
                "mountpoints-composer-legacy");
    }

    @Test
    void selectsTablesByNameAndNamesTheKnownOnesWhenOneIsUnknown() {
        PathPolicies selection = PathPolicies.named("files-ostree", "weldr-name");
        assertThat(selection.tables(PathPolicy.Scope.FILES)).extracting(PathPolicy::name).containsExactly("files-ostree");
        assertThat(selection.tables(PathPolicy.Scope.MOUNTPOINTS)).isEmpty();
        assertThat(selection.checksWeldrName()).isTrue();
        assertThat(selection).hasToString("files-ostree,weldr-name");
        assertThat(PathPolicies.defaults()).hasToString("mountpoints-default,files-default,directories-default");
        assertThat(PathPolicies.none()).hasToString("none");
        assertThatThrownBy(() -> PathPolicies.named("files-ostre"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown policy \"files-ostre\"; known policies: files-ostree, ");
    }

    @Test
    void refusesEntriesThatAreNotAbsoluteCanonicalPaths() {
        assertThatThrownBy(() -> PathPolicy.builder("t", PathPolicy.Scope.FILES).deny("etc"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathPolicy.builder("t", PathPolicy.Scope.FILES).deny("/etc/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLegacyAllowListAcceptsOnlyItsDirectories() {
        PathPolicy legacy = PathPolicies.table("mountpoints-composer-legacy");
        assertThat(legacy.refusal("/")).isNull();
        assertThat(legacy.refusal("/var/log")).isNull();
        assertThat(legacy.refusal("/boot")).isNotNull();
        assertThat(legacy.rule()).isEqualTo("FS-MOUNTPOINT-LEGACY");
    }
}
