package io.github.blueprint4j.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The hosted frontend's converter bugs (specification: interchange.md section 5), each shown not
 * to happen here.
 */
class KnownConverterBugsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BlueprintReader STRICT = BlueprintReader.builder().strict(true).build();

    private static JsonNode hosted(String toml) throws Exception {
        return JSON.readTree(Interchange.toHosted(Blueprints.readToml(toml), Documents.OPTIONS).result());
    }

    @Test
    void bug1SshKeysAreNotDroppedOnTheWayToTheHostedService() throws Exception {
        JsonNode request = hosted("name = \"a\"\n[[customizations.sshkey]]\nuser = \"ops\"\nkey = \"ssh-ed25519 AAAA ops\"\n");
        assertThat(request.at("/customizations/users/0/name").asText()).isEqualTo("ops");
        assertThat(request.at("/customizations/users/0/ssh_key").asText()).isEqualTo("ssh-ed25519 AAAA ops");
    }

    @Test
    void bug2HostedOnlyKeysAndEmptyPasswordsNeverReachAClassicBlueprint() {
        Conversion<Blueprint> classic = Interchange.fromHosted("{\"name\": \"a\", \"customizations\": {\"users\": "
                + "[{\"name\": \"ops\", \"ssh_key\": \"ssh-ed25519 AAAA\", \"hasPassword\": true, \"isAdministrator\": true}]}}");
        String json = Blueprints.toJson(classic.result());
        assertThat(json).doesNotContain("isAdministrator", "hasPassword", "\"password\"");
        assertThat(STRICT.readJson(json).diagnostics()).isEmpty();
        assertThat(classic.losses()).extracting(Loss::sourcePath)
                .contains("customizations.users[0].hasPassword", "customizations.users[0].isAdministrator");
    }

    @Test
    void bug3UserGroupsAndPackageGroupsKeepTheirMeaningBothWays() throws Exception {
        JsonNode request = hosted("name = \"a\"\n[[groups]]\nname = \"core\"\n[[customizations.user]]\nname = \"ops\"\n"
                + "groups = [\"wheel\"]\n[[customizations.group]]\nname = \"ops\"\ngid = 1100\n");
        assertThat(request.at("/customizations/packages").toString()).isEqualTo("[\"@core\"]");
        assertThat(request.at("/customizations/users/0/groups").toString()).isEqualTo("[\"wheel\"]");
        assertThat(request.at("/customizations/groups/0/gid").asInt()).isEqualTo(1100);
        Blueprint back = Interchange.fromHosted(request.toString()).result();
        assertThat(back.groups()).extracting("name").containsExactly("core");
        assertThat(back.customizations().user().get(0).groups()).containsExactly("wheel");
        assertThat(back.customizations().group().get(0).gid()).isEqualTo(1100L);
    }

    @Test
    void bug4TheDiskLayoutTravelsBothWays() throws Exception {
        JsonNode request = hosted("name = \"a\"\n[customizations.disk]\nminsize = \"20 GiB\"\n"
                + "[[customizations.disk.partitions]]\ntype = \"plain\"\nmountpoint = \"/\"\nfs_type = \"xfs\"\nminsize = 1073741824\n");
        assertThat(request.at("/customizations/disk/partitions/0/minsize").asText()).isEqualTo("1073741824");
        Blueprint back = Interchange.fromHosted(request.toString()).result();
        assertThat(back.customizations().disk().partitions()).hasSize(1);
        assertThat(back.customizations().disk().partitions().get(0).mountpoint()).isEqualTo("/");
    }

    @Test
    void bug5HostedAndCloudApiAreDistinctShapes() throws Exception {
        String toml = "name = \"a\"\n[[customizations.user]]\nname = \"ops\"\nkey = \"k\"\n"
                + "[[customizations.filesystem]]\nmountpoint = \"/var\"\nminsize = \"1 GiB\"\n";
        JsonNode hosted = hosted(toml);
        JsonNode cloud = JSON.readTree(Interchange.toCloudApi(Blueprints.readToml(toml), Documents.OPTIONS).result());
        assertThat(hosted.at("/customizations/users/0/ssh_key").asText()).isEqualTo("k");
        assertThat(hosted.at("/customizations/filesystem/0/min_size").asLong()).isEqualTo(1L << 30);
        assertThat(cloud.at("/blueprint/customizations/user/0/key").asText()).isEqualTo("k");
        assertThat(cloud.at("/blueprint/customizations/filesystem/0/minsize").asText()).isEqualTo("1 GiB");
    }

    @Test
    void bug6AMissingOrUnknownDistroIsNeverGuessed() throws Exception {
        Conversion<String> none = Interchange.toHosted(Blueprints.readToml("name = \"a\"\n"),
                ConversionOptions.builder().imageType("guest-image").architecture("x86_64").upload("aws.s3", java.util.Map.of()).build());
        assertThat(JSON.readTree(none.result()).has("distribution")).isFalse();
        assertThat(none.losses()).anySatisfy(loss -> assertThat(loss.code()).isEqualTo("IX-CALLER"));
        Conversion<String> unknown = Interchange.toHosted(Blueprints.readToml("name = \"a\"\ndistro = \"debian-12\"\n"),
                Documents.OPTIONS);
        assertThat(JSON.readTree(unknown.result()).has("distribution")).isFalse();
        assertThat(unknown.losses()).anySatisfy(loss -> {
            assertThat(loss.code()).isEqualTo("IX-REFUSED");
            assertThat(loss.sourcePath()).isEqualTo("distro");
        });
        assertThat(hosted("name = \"a\"\ndistro = \"rhel-9.4\"\n").get("distribution").asText())
                .isEqualTo("rhel-94");
    }

    @Test
    void bug7ClassicComesOutAsTomlAndJson() {
        Blueprint back = Interchange.fromHosted("{\"name\": \"a\", \"customizations\": {\"hostname\": \"h\"}}").result();
        assertThat(Blueprints.readToml(Blueprints.toToml(back))).isEqualTo(back);
        assertThat(Blueprints.readJson(Blueprints.toJson(back))).isEqualTo(back);
    }

    @Test
    void stillPresentUpstreamRenamesAndDecodingAreDoneHere() throws Exception {
        JsonNode request = hosted("name = \"a\"\n[[packages]]\nname = \"vim\"\nversion = \"9.*\"\n"
                + "[[containers]]\nsource = \"quay.io/x\"\ntls-verify = false\n"
                + "[[customizations.repositories]]\nid = \"r\"\nbaseurls = [\"https://r\"]\ngpgkeys = [\"k\"]\n"
                + "gpgcheck = true\nrepo_gpgcheck = false\nsslverify = true\n");
        assertThat(request.at("/customizations/packages/0").asText()).isEqualTo("vim-9.*");
        assertThat(request.at("/customizations/containers/0/tls_verify").asBoolean(true)).isFalse();
        JsonNode repository = request.at("/customizations/custom_repositories/0");
        assertThat(repository.get("baseurl").toString()).isEqualTo("[\"https://r\"]");
        assertThat(repository.get("gpgkey").toString()).isEqualTo("[\"k\"]");
        assertThat(repository.get("check_gpg").asBoolean()).isTrue();
        assertThat(repository.get("check_repo_gpg").asBoolean()).isFalse();
        assertThat(repository.get("ssl_verify").asBoolean()).isTrue();

        String script = "#!/bin/sh\necho hi\n";
        Blueprint back = Interchange.fromHosted("{\"name\": \"a\", \"customizations\": {\"files\": [{\"path\": \"/etc/x\","
                + " \"data\": \"" + Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8))
                + "\", \"data_encoding\": \"base64\", \"ensure_parents\": true}], \"containers\": [{\"source\": \"q\","
                + " \"tls_verify\": false}]}}").result();
        assertThat(back.customizations().files().get(0).data()).isEqualTo(script);
        assertThat(back.containers().get(0).tlsVerify()).isFalse();
    }
}
