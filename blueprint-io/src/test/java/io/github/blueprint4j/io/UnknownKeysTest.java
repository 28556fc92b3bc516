package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class UnknownKeysTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    static Stream<Arguments> strayKeys() {
        return Stream.of(
                Arguments.of("[customizations]\ntimezome = 'UTC'",
                        "customizations.timezome", "did you mean \"timezone\"?"),
                Arguments.of("[[customizations.repositories]]\nid = 'a'\nbaseurls = ['x']\nssl_verify = false",
                        "customizations.repositories[0].ssl_verify",
                        "the key is sslverify; the documentation's ssl_verify is ignored by the server"),
                Arguments.of("[[customizations.disk.partitions]]\ntype = 'lvm'\nminsize = 1\n"
                                + "[[customizations.disk.partitions.logical_volumes]]\nlv_name = 'root'\nminsize = 1",
                        "customizations.disk.partitions[0].logical_volumes[0].lv_name", "did you mean \"name\"?"),
                Arguments.of("[[containers]]\nsource = 'x'\ntls_verify = false",
                        "containers[0].tls_verify", "did you mean \"tls-verify\"?"),
                Arguments.of("[[customizations.user]]\nName = 'a'",
                        "customizations.user[0].Name", "did you mean \"name\"?"),
                Arguments.of("[ostree]\nref = 'x'",
                        "ostree", "OSTree settings (ref, url, parent) belong to the compose request, not to the blueprint"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("strayKeys")
    void warnsWithAHint(String doc, String path, String hint) {
        ReadResult result = READER.readToml(doc.replace('\'', '"'));
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.path()).isEqualTo(path);
        assertThat(d.hint()).isEqualTo(hint);
        assertThat(d.line()).isNotNull();
    }

    @Test
    void keepsUnknownKeysOnTheirObjectAndWritesThemBack() {
        String doc = """
                name = "a"
                minimal = true

                [ostree]
                ref = "test/edge"
                parents = [1, 2]

                [[customizations.user]]
                name = "x"
                shoe_size = 42.5
                """;
        Blueprint bp = READER.readToml(doc).blueprint();
        assertThat(bp.unknownKeys()).containsEntry("minimal", true)
                .containsEntry("ostree", Map.of("ref", "test/edge", "parents", List.of(1L, 2L)));
        assertThat(bp.customizations().user().get(0).unknownKeys()).containsExactly(Map.entry("shoe_size", 42.5));

        for (Format format : Format.values()) {
            String written = BlueprintWriter.builder().build().write(bp, format);
            assertThat(READER.read(written, format).blueprint()).as(format.name()).isEqualTo(bp);
        }
        String dropped = BlueprintWriter.builder().unknownKeys(false).build().toToml(bp);
        assertThat(dropped).doesNotContain("ostree").doesNotContain("minimal").doesNotContain("shoe_size");
    }

    @Test
    void keepsUnknownValuesOnlyInAFormBothFormatsHold() {
        ReadResult json = READER.readJson("{\"name\": \"a\", \"extra\": [1, null], \"obj\": {\"a\": null}}");
        assertThat(json.blueprint().unknownKeys()).containsExactly(Map.entry("obj", Map.of()));
        assertThat(json.diagnostics()).extracting(Diagnostic::code).contains("GEN-VALUE-NOT-KEPT");
        assertThat(READER.readJson(Blueprints.toJson(json.blueprint())).blueprint()).isEqualTo(json.blueprint());

        Blueprint toml = READER.readToml("name = \"a\"\nwhen = 2026-12-04T14:00:00Z\nday = 2026-12-04\n").blueprint();
        assertThat(toml.unknownKeys()).containsOnlyKeys("when", "day");
        assertThat(toml.unknownKeys().values()).allSatisfy(value -> assertThat(value).isInstanceOf(String.class));
        assertThat(toml.unknownKeys().get("day")).isEqualTo("2026-12-04");
        assertThat(READER.readToml(Blueprints.toToml(toml)).blueprint()).isEqualTo(toml);
        assertThat(READER.readJson(Blueprints.toJson(toml)).blueprint()).isEqualTo(toml);
    }

    @Test
    void refusesUnknownKeysInsidePartitionsEvenWhenLenient() {
        BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class,
                () -> READER.readToml("[[customizations.disk.partitions]]\nminsize = 1\nmountpoint = \"/\"\nfs_type = \"xfs\"\nfstype = \"xfs\"\n"));
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("PART-KEYS-BY-TYPE", "customizations.disk.partitions[0].fstype"));
    }
}
