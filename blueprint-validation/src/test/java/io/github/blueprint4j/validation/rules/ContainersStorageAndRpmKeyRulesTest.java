package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.ContainersStorageCustomization;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The path rules of {@code containers-storage} and {@code rpm.import_keys}. */
class ContainersStorageAndRpmKeyRulesTest {

    private static final BlueprintValidator VALIDATOR = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build();
    private static final BlueprintValidator STRICT = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).strict(true).build();

    @Test
    void requiresADestinationPathWhenTheTableIsPresent() {
        Blueprint blueprint = Blueprint.builder().name("t")
                .customizations(c -> c.containersStorage(new ContainersStorageCustomization(null, Map.of()))).build();
        assertThat(findings(VALIDATOR, blueprint)).containsExactly(
                "ERROR CSTORAGE-PATH-REQUIRED customizations.containers-storage.destination-path");
    }

    @Test
    void findsNothingWithoutTheTables() {
        assertThat(findings(STRICT, Blueprint.builder().name("t").customizations(c -> c.hostname("h")).build())).isEmpty();
        assertThat(findings(STRICT, Blueprint.builder().name("t").build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/var/lib/containers/storage", "/usr/share/containers/storage", "/"})
    void acceptsAbsoluteStoragePaths(String path) {
        assertThat(findings(STRICT, storage(path))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "var/lib/containers", "~/storage"})
    void warnsAboutARelativeStoragePathEvenWhenStrict(String path) {
        assertThat(findings(VALIDATOR, storage(path))).containsExactly(
                "WARNING CSTORAGE-PATH-ABSOLUTE customizations.containers-storage.destination-path");
        assertThat(findings(STRICT, storage(path))).containsExactly(
                "WARNING CSTORAGE-PATH-ABSOLUTE customizations.containers-storage.destination-path");
    }

    @Test
    void namesTheRelativeStoragePath() {
        assertThat(VALIDATOR.validate(storage("var/lib")).warnings()).filteredOn(d -> d.code().equals("CSTORAGE-PATH-ABSOLUTE"))
                .singleElement().satisfies(d ->
                assertThat(d.message()).isEqualTo("The container storage path \"var/lib\" should be absolute."));
    }

    @Test
    void warnsAboutEveryRelativeKeyFile() {
        Blueprint blueprint = Blueprint.builder().name("t").customizations(c -> c.rpm(r -> r.importKeys(k -> k
                .files("/etc/pki/rpm-gpg/RPM-GPG-KEY-internal", "RPM-GPG-KEY-other", "", "/etc/pki/x")))).build();
        assertThat(findings(STRICT, blueprint)).containsExactlyInAnyOrder(
                "WARNING RPM-KEY-PATHS customizations.rpm.import_keys.files[1]",
                "WARNING RPM-KEY-PATHS customizations.rpm.import_keys.files[2]");
        assertThat(VALIDATOR.validate(blueprint).warnings()).filteredOn(d -> d.code().equals("RPM-KEY-PATHS"))
                .first().satisfies(d -> assertThat(d.message())
                .isEqualTo("The key file \"RPM-GPG-KEY-other\" is not an absolute path; key files are paths inside the image."));
    }

    @Test
    void acceptsAbsoluteKeyFilesAndEmptyTables() {
        Blueprint keys = Blueprint.builder().name("t").customizations(c -> c.rpm(r -> r.importKeys(k -> k
                .files("/etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-18-primary")))).build();
        assertThat(findings(STRICT, keys)).isEmpty();
        Blueprint empty = Blueprint.builder().name("t").customizations(c -> c.rpm(r -> r.importKeys(k -> k.files(List.of()))))
                .build();
        assertThat(findings(STRICT, empty)).isEmpty();
    }

    private static Blueprint storage(String path) {
        return Blueprint.builder().name("t").customizations(c -> c.containersStorage(s -> s.destinationPath(path))).build();
    }

    // "SEVERITY CODE path" of the containers-storage and RPM key findings
    private static List<String> findings(BlueprintValidator validator, Blueprint blueprint) {
        return validator.validate(blueprint).diagnostics().stream()
                .filter(d -> d.code().startsWith("CSTORAGE-") || d.code().startsWith("RPM-KEY-"))
                .map(d -> d.severity() + " " + d.code() + " " + d.path())
                .toList();
    }
}
