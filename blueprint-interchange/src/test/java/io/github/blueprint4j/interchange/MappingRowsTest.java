package io.github.blueprint4j.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.interchange.internal.CloudApi;
import io.github.blueprint4j.interchange.internal.Hosted;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Single rows of the specification's mapping tables ({@code interchange.md}), each converted
 * and its loss report checked entry by entry: code, severity, both paths and the source line.
 */
class MappingRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BlueprintReader READER = BlueprintReader.builder().build();

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static Conversion<String> hosted(String toml) {
        return Interchange.toHosted(READER.readToml(toml), Documents.OPTIONS);
    }

    private static Loss loss(String code, String sourcePath, String targetPath, SourceLocation location) {
        return new Loss(code, code.equals("IX-REWRITTEN") || code.equals("IX-UNWRAPPED") ? Severity.INFO : Severity.WARNING,
                sourcePath, targetPath, location, "", null);
    }

    /** Compares losses without their message and hint, which other tests read. */
    private static void assertLosses(Conversion<?> conversion, Loss... expected) {
        assertThat(conversion.losses()).map(l -> loss(l.code(), l.sourcePath(), l.targetPath(), l.location()))
                .containsExactly(expected);
        assertThat(conversion.losses()).allSatisfy(l -> assertThat(l.message()).isNotBlank());
    }

    @Test
    void base64FileDataThatIsNotUtf8IsDroppedOnTheWayToClassic() {
        String data = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});
        Conversion<Blueprint> classic = Interchange.fromHosted("{\"name\": \"a\", \"customizations\": {\"files\": [\n"
                + "  {\"path\": \"/etc/blob\", \"data\": \"" + data + "\", \"data_encoding\": \"base64\"}]}}");

        assertLosses(classic, loss("IX-DROPPED", "customizations.files[0].data", null, new SourceLocation(2, 25)));
        assertThat(classic.result().customizations().files().get(0).path()).isEqualTo("/etc/blob");
        assertThat(classic.result().customizations().files().get(0).data()).isNull();
    }

    @Test
    void anSshKeyIsMergedIntoTheUserOfThatNameAndASecondKeyIsReportedLossy() throws Exception {
        Conversion<String> request = hosted("name = \"a\"\n[[customizations.user]]\nname = \"ops\"\ngroups = [\"wheel\"]\n"
                + "[[customizations.sshkey]]\nuser = \"ops\"\nkey = \"ssh-ed25519 ONE\"\n"
                + "[[customizations.sshkey]]\nuser = \"ops\"\nkey = \"ssh-ed25519 TWO\"\n");

        JsonNode users = tree(request.result()).at("/customizations/users");
        assertThat(users.toString()).isEqualTo("[{\"name\":\"ops\",\"groups\":[\"wheel\"],\"ssh_key\":\"ssh-ed25519 ONE\"}]");
        assertLosses(request,
                loss("IX-REWRITTEN", "customizations.sshkey[0]", "customizations.users[0]", new SourceLocation(5, 1)),
                loss("IX-LOSSY", "customizations.sshkey[1]", "customizations.users[0]", new SourceLocation(8, 1)));
    }

    @Test
    void dottedMinorReleasesAreSpelledAsTheHostedEnumAndBack() throws Exception {
        Conversion<String> request = hosted("name = \"a\"\ndistro = \"rhel-9.4\"\n");
        assertThat(tree(request.result()).get("distribution").asText()).isEqualTo("rhel-94");
        assertLosses(request, loss("IX-REWRITTEN", "distro", "distribution", new SourceLocation(2, 1)));

        Conversion<Blueprint> classic = Interchange.fromHosted("{\"name\": \"a\", \"distribution\": \"rhel-94\"}");
        assertThat(classic.result().distro()).isEqualTo("rhel-9.4");
        assertLosses(classic, loss("IX-REWRITTEN", "distribution", "distro", new SourceLocation(1, 15)));

        Conversion<String> same = hosted("name = \"a\"\ndistro = \"rhel-9.6\"\n");
        assertThat(tree(same.result()).get("distribution").asText()).isEqualTo("rhel-9.6");
        assertThat(same.losses()).isEmpty();
    }

    @Test
    void nightlyBetaAndMajorOnlyNamesAreWrittenAndReportedUnverified() {
        for (String name : new String[] {"rhel-9-nightly", "rhel-10-beta", "rhel-10", "hummingbird"}) {
            Conversion<Blueprint> classic = Interchange.fromHosted("{\"name\": \"a\", \"distribution\": \"" + name + "\"}");
            assertThat(classic.result().distro()).isEqualTo(name);
            assertLosses(classic, loss("IX-UNVERIFIED", "distribution", "distro", new SourceLocation(1, 15)));
        }
    }

    @Test
    void architecturesTheHostedServiceCannotBuildAreRefused() throws Exception {
        Conversion<String> request = hosted("name = \"a\"\narchitecture = \"ppc64le\"\n");

        assertThat(tree(request.result()).has("image_requests")).isFalse();
        assertLosses(request, loss("IX-REFUSED", "architecture", "image_requests[0].architecture", new SourceLocation(2, 1)));
    }

    @Test
    void aDescriptionLongerThanTheHostedLimitIsRefused() throws Exception {
        Conversion<String> request = hosted("name = \"a\"\ndescription = \"" + "d".repeat(251) + "\"\n");
        assertThat(tree(request.result()).has("description")).isFalse();
        assertLosses(request, loss("IX-REFUSED", "description", "description", new SourceLocation(2, 1)));

        Conversion<String> fits = hosted("name = \"a\"\ndescription = \"" + "d".repeat(250) + "\"\n");
        assertThat(tree(fits.result()).get("description").asText()).hasSize(250);
        assertThat(fits.losses()).isEmpty();
    }

    @Test
    void filesystemsBeyondTheHostedLimitAreRefused() throws Exception {
        StringBuilder toml = new StringBuilder("name = \"a\"\n");
        for (int i = 0; i < 130; i++) {
            toml.append("[[customizations.filesystem]]\nmountpoint = \"/srv/").append(i).append("\"\nminsize = 1073741824\n");
        }
        Conversion<String> request = hosted(toml.toString());

        assertThat(tree(request.result()).at("/customizations/filesystem")).hasSize(128);
        assertLosses(request,
                loss("IX-REFUSED", "customizations.filesystem[128]", "customizations.filesystem[128]",
                        new SourceLocation(2 + 128 * 3, 1)),
                loss("IX-REFUSED", "customizations.filesystem[129]", "customizations.filesystem[128]",
                        new SourceLocation(2 + 129 * 3, 1)));
    }

    @Test
    void btrfsPartitioningModeIsRefusedByBothServiceShapes() throws Exception {
        String toml = "name = \"a\"\n[customizations]\npartitioning_mode = \"btrfs\"\n";
        Conversion<String> request = hosted(toml);
        assertThat(tree(request.result()).at("/customizations").has("partitioning_mode")).isFalse();
        assertLosses(request, loss("IX-REFUSED", "customizations.partitioning_mode", "customizations.partitioning_mode",
                new SourceLocation(3, 1)));

        Conversion<String> compose = Interchange.toCloudApi(READER.readToml(toml), Documents.OPTIONS);
        assertThat(tree(compose.result()).at("/blueprint/customizations").has("partitioning_mode")).isFalse();
        assertLosses(compose, loss("IX-REFUSED", "customizations.partitioning_mode",
                "blueprint.customizations.partitioning_mode", new SourceLocation(3, 1)));
    }

    @Test
    void aPlainPartitionWithoutFilesystemIsDroppedAndTheNextTakesItsPlace() throws Exception {
        Conversion<String> request = hosted("name = \"a\"\n[customizations.disk]\n"
                + "[[customizations.disk.partitions]]\ntype = \"plain\"\nfs_type = \"none\"\npart_type = \"21686148-6449-6E6F-744E-656564454649\"\nminsize = \"1 MiB\"\n"
                + "[[customizations.disk.partitions]]\ntype = \"plain\"\nmountpoint = \"/\"\nfs_type = \"xfs\"\nminsize = \"10 GiB\"\n");

        JsonNode partitions = tree(request.result()).at("/customizations/disk/partitions");
        assertThat(partitions).hasSize(1);
        assertThat(partitions.get(0).get("mountpoint").asText()).isEqualTo("/");
        assertLosses(request, loss("IX-DROPPED", "customizations.disk.partitions[0]", null, new SourceLocation(3, 1)));
    }

    @Test
    void theLegacyBibWrapperIsUnwrappedAndWhatIsOutsideItReported() {
        Conversion<Blueprint> config = Interchange.fromBib("{\n  \"blueprint\": {\"name\": \"b\", \"customizations\":"
                + " {\"hostname\": \"h\"}},\n  \"extra\": 1\n}\n", Format.JSON);

        assertThat(config.result().name()).isEqualTo("b");
        assertThat(config.result().customizations().hostname()).isEqualTo("h");
        assertLosses(config, loss("IX-UNWRAPPED", "blueprint", "", new SourceLocation(2, 3)),
                loss("IX-DROPPED", "extra", null, new SourceLocation(3, 3)));
        assertThat(config.isLossless()).isFalse();

        Conversion<Blueprint> plain = Interchange.fromBib("{\"name\": \"b\"}", Format.JSON);
        assertThat(plain.losses()).isEmpty();
    }

    @Test
    void cloudApiCaCertsAndDnfAreWrittenButReportedUnverified() throws Exception {
        Conversion<String> compose = Interchange.toCloudApi(READER.readToml("name = \"a\"\n"
                + "[customizations.cacerts]\npem_certs = [\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"]\n"
                + "[customizations.dnf.config]\nset_releasever = true\n"), Documents.OPTIONS);

        JsonNode customizations = tree(compose.result()).at("/blueprint/customizations");
        assertThat(customizations.at("/cacerts/pem_certs")).hasSize(1);
        assertThat(customizations.at("/dnf/config/set_releasever").asBoolean()).isTrue();
        assertLosses(compose,
                loss("IX-UNVERIFIED", "customizations.cacerts", "blueprint.customizations.cacerts", new SourceLocation(2, 1)),
                loss("IX-UNVERIFIED", "customizations.dnf", "blueprint.customizations.dnf", new SourceLocation(4, 1)));
    }

    @Test
    void imageRequestsOfTwoArchitecturesKeepTheFirstAndReportTheSecond() {
        Conversion<Blueprint> classic = Interchange.fromHosted("{\"name\": \"a\", \"image_requests\": [\n"
                + "  {\"architecture\": \"x86_64\"},\n  {\"architecture\": \"aarch64\"}]}");

        assertThat(classic.result().architecture()).isEqualTo("x86_64");
        assertLosses(classic, loss("IX-LOSSY", "image_requests[1].architecture", "architecture", new SourceLocation(3, 4)));
    }

    @Test
    void whatAHostedExportAddsOrHidesIsReported() {
        Conversion<Blueprint> classic = Interchange.fromHosted("""
                {
                  "name": "exported",
                  "customizations": {"users": [{"name": "ops", "hasPassword": true}]},
                  "metadata": {"parent_id": null, "exported_at": "2026-08-01T00:00:00Z", "is_on_prem": false},
                  "content_sources": [],
                  "snapshot_date": "2026-07-01"
                }
                """);

        assertThat(classic.result().customizations().user().get(0).password()).isNull();
        assertLosses(classic,
                loss("IX-DROPPED", "customizations.users[0].hasPassword", null, new SourceLocation(3, 48)),
                loss("IX-DROPPED", "metadata", null, new SourceLocation(4, 3)),
                loss("IX-DROPPED", "content_sources", null, new SourceLocation(5, 3)),
                loss("IX-DROPPED", "snapshot_date", null, new SourceLocation(6, 3)));
    }

    @Test
    void pathsMapBothWaysThroughTheKeyTables() throws Exception {
        JsonNode hosted = tree("{\"customizations\": {\"packages\": [\"vim\", \"@core\", \"curl\", \"@base\"]}}");
        Map<String, String> pairs = Map.of(
                "customizations.user[1].key", "customizations.users[1].ssh_key",
                "customizations.group[0].gid", "customizations.groups[0].gid",
                "customizations.repositories[0].baseurls[2]", "customizations.custom_repositories[0].baseurl[2]",
                "customizations.filesystem[3].minsize", "customizations.filesystem[3].min_size",
                "containers[0].tls-verify", "customizations.containers[0].tls_verify",
                "customizations.disk.partitions[1].logical_volumes[0].minsize",
                "customizations.disk.partitions[1].logical_volumes[0].minsize",
                "distro", "distribution",
                "groups[1]", "customizations.packages[3]",
                "packages[1]", "customizations.packages[2]");
        pairs.forEach((classic, target) -> {
            assertThat(Hosted.hostedPath(classic, hosted)).as(classic).isEqualTo(target);
            assertThat(Hosted.classicPath(target, hosted)).as(target).isEqualTo(classic);
        });
        assertThat(Hosted.hostedPath("customizations.user[0].uid", hosted)).isNull();
        assertThat(Hosted.classicPath("image_requests[0].image_type", hosted)).isNull();

        JsonNode compose = tree("{\"blueprint\": {}, \"image_request\": {}}");
        assertThat(CloudApi.cloudPath("architecture", compose)).isEqualTo("image_request.architecture");
        assertThat(CloudApi.classicPath("image_request.architecture", compose)).isEqualTo("architecture");
        assertThat(CloudApi.cloudPath("customizations.user[0].uid", compose)).isEqualTo("blueprint.customizations.user[0].uid");
        assertThat(CloudApi.cloudPath("customizations.sshd", compose)).isNull();
    }
}
