package io.github.blueprint4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildersTest {

    private static Blueprint sample() {
        return Blueprint.builder()
                .name("web").version("1.0.0")
                .addPackage("nginx", "*")
                .addPackage("vim")
                .customizations(c -> c.hostname("web01")
                        .addUser(u -> u.name("admin").password("secret").addSupplementaryGroup("wheel").uid(1000L))
                        .addFile(f -> f.path("/etc/motd").mode("0644").user("root").group(0).data("-----BEGIN PRIVATE KEY-----"))
                        .addFilesystem(fs -> fs.mountpoint("/var").minsize("10 GiB")))
                .build();
    }

    @Test
    void buildsNestedSectionsInOneExpression() {
        Blueprint bp = sample();
        assertThat(bp.packages()).extracting(PackageSpec::name, PackageSpec::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nginx", "*"), org.assertj.core.groups.Tuple.tuple("vim", null));
        assertThat(bp.customizations().user().get(0).groups()).containsExactly("wheel");
        assertThat(bp.customizations().files().get(0).group()).isEqualTo(Owner.id(0));
        assertThat(bp.customizations().filesystem().get(0).minsize().bytes()).isEqualTo(10L << 30);
    }

    @Test
    void toBuilderCopiesAndEditsWithoutTouchingTheOriginal() {
        Blueprint bp = sample();
        Blueprint changed = bp.toBuilder().version("1.0.1").customizations(c -> c.hostname("web02")).build();
        assertThat(bp.toBuilder().build()).isEqualTo(bp);
        assertThat(changed.version()).isEqualTo("1.0.1");
        assertThat(changed.customizations().hostname()).isEqualTo("web02");
        assertThat(changed.customizations().user()).isEqualTo(bp.customizations().user());
        assertThat(bp.customizations().hostname()).isEqualTo("web01");
    }

    @Test
    void listsAreNeverNullAndNeverModifiable() {
        Blueprint empty = new Blueprint(null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(empty.packages()).isEmpty();
        assertThat(empty.unknownKeys()).isEmpty();
        List<PackageSpec> source = new ArrayList<>(List.of(PackageSpec.builder().name("a").build()));
        Blueprint bp = Blueprint.builder().packages(source).build();
        source.clear();
        assertThat(bp.packages()).hasSize(1);
        assertThatThrownBy(() -> bp.packages().add(PackageSpec.builder().build()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Blueprint.builder().packages(java.util.Arrays.asList((PackageSpec) null)).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("packages");
    }

    @Test
    void idsAndCountsTakePlainIntegers() {
        UserCustomization user = UserCustomization.builder().name("ann").uid(1000).gid(3000).expiredate(20_000).build();
        assertThat(List.of(user.uid(), user.gid(), user.expiredate())).containsExactly(1000L, 3000L, 20_000L);
        assertThat(GroupCustomization.builder().gid(3000).build().gid()).isEqualTo(3000L);
        assertThat(DiskCustomization.builder().sectorSize(4096).build().sectorSize()).isEqualTo(4096L);
        assertThat(RepositoryCustomization.builder().priority(10).build().priority()).isEqualTo(10L);
        assertThat(SshdCustomization.builder().clientAliveInterval(60).build().clientAliveInterval()).isEqualTo(60L);
        assertThat(InstallerGrub2.builder().menuTimeout(5).build().menuTimeout()).isEqualTo(5L);
        assertThat(user.toBuilder().uid(null).build().uid()).isNull();
    }

    @Test
    void groupBuildersSayWhichGroupTheyAdd() {
        Blueprint bp = Blueprint.builder()
                .addPackageGroup("standard")
                .customizations(c -> c
                        .addUserGroup(g -> g.name("devs").gid(2000))
                        .addUser(u -> u.name("ann").addSupplementaryGroup("devs").addSupplementaryGroup("wheel")))
                .build();
        assertThat(bp.groups()).extracting(PackageGroup::name).containsExactly("standard");
        assertThat(bp.customizations().group()).extracting(GroupCustomization::name).containsExactly("devs");
        assertThat(bp.customizations().user().get(0).groups()).containsExactly("devs", "wheel");
    }

    @Test
    void flatpakForceKeepsTheDifferenceBetweenAbsentAndEmpty() {
        assertThat(FlatpakMeta.builder().build().force()).isNull();
        assertThat(FlatpakMeta.builder().force(List.of()).build().force()).isEmpty();
    }

    @Test
    void toStringNeverShowsSecrets() {
        String text = sample().toString();
        assertThat(text).doesNotContain("secret").doesNotContain("PRIVATE KEY").contains("admin");
        assertThat(FirstbootScript.builder().type("aap").hostConfigKey("k3y").build().toString()).doesNotContain("k3y");
        assertThat(Kickstart.builder().contents("rootpw --plaintext hunter2").build().toString()).doesNotContain("hunter2");
    }

    @Test
    void bindsWithAPlainObjectMapper() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = """
                {"name": "web", "packages": [{"name": "nginx"}], "shoe": 1,
                 "customizations": {"filesystem": [{"mountpoint": "/var", "minsize": "2 GiB"}],
                   "files": [{"path": "/etc/a", "mode": "0600", "user": 0, "group": "wheel"}],
                   "containers-storage": {"destination-path": "/x"},
                   "repositories": [{"id": "r", "baseurls": ["http://x"]}]}}
                """;
        Blueprint bp = mapper.readValue(json, Blueprint.class);
        assertThat(bp.unknownKeys()).containsExactly(Map.entry("shoe", 1));
        assertThat(bp.customizations().filesystem().get(0).minsize().bytes()).isEqualTo(2L << 30);
        assertThat(bp.customizations().files().get(0).user()).isEqualTo(Owner.id(0));
        assertThat(bp.customizations().containersStorage().destinationPath()).isEqualTo("/x");
        String written = mapper.writeValueAsString(bp);
        assertThat(written).contains("\"containers-storage\":{\"destination-path\":\"/x\"}").contains("\"shoe\":1")
                .contains("\"install_from\":false");
        assertThat(mapper.readValue(written, Blueprint.class)).isEqualTo(bp);
    }
}
