package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.operations.Change.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlueprintDiffTest {

    private static final String BASE = """
            name = "web"
            description = "Web server"
            version = "1.0.0"

            [[packages]]
            name = "nginx"
            version = "1.24.*"

            [[packages]]
            name = "tmux"

            [[groups]]
            name = "core"

            [customizations]
            hostname = "web01"

            [[customizations.user]]
            name = "alice"
            password = "$6$abc$def"
            groups = ["wheel", "adm"]

            [[customizations.user]]
            name = "bob"

            [customizations.locale]
            languages = ["en_US.UTF-8", "de_DE.UTF-8"]

            [[customizations.filesystem]]
            mountpoint = "/var"
            minsize = "10 GiB"

            [[customizations.files]]
            path = "/etc/motd"
            mode = "0644"
            data = "hello"
            """;

    private static Blueprint base() {
        return Blueprints.readToml(BASE);
    }

    @Test
    void identicalBlueprintsHaveNoChange() {
        BlueprintDiff diff = BlueprintDiff.between(base(), base());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.toText()).isEmpty();
        assertThat(diff.toJson()).isEqualTo("{\"changes\":[]}");
    }

    @Test
    void reorderedListsHaveNoChange() {
        Blueprint reordered = Blueprints.readToml("""
                name = "web"
                description = "Web server"
                version = "1.0.0"
                packages = [{ name = "tmux" }, { name = "nginx", version = "1.24.*" }]
                groups = [{ name = "core" }]

                [customizations]
                hostname = "web01"

                [[customizations.files]]
                path = "/etc/motd"
                mode = "644"
                data = "hello"

                [[customizations.filesystem]]
                mountpoint = "/var"
                minsize = 10737418240

                [[customizations.user]]
                name = "bob"

                [[customizations.user]]
                name = "alice"
                password = "$6$abc$def"
                groups = ["adm", "wheel"]

                [customizations.locale]
                languages = ["en_US.UTF-8", "de_DE.UTF-8"]
                """);

        assertThat(BlueprintDiff.between(base(), reordered).changes()).isEmpty();
    }

    @Test
    void reportsAddedRemovedAndChangedEntriesByIdentity() {
        Blueprint changed = base().toBuilder()
                .version("1.1.0")
                .packages(List.of())
                .addPackage("tmux", "3.*")
                .addPackage("vim", "9.*")
                .customizations(c -> c.user(List.of(base().customizations().user().get(0).toBuilder()
                        .groups(List.of("wheel", "docker")).build())))
                .build();

        assertThat(BlueprintDiff.between(base(), changed).changes()).containsExactly(
                new Change(Kind.CHANGED, "version", "1.0.0", "1.1.0"),
                new Change(Kind.REMOVED, "packages[nginx]", Map.of("name", "nginx", "version", "1.24.*"), null),
                new Change(Kind.ADDED, "packages[tmux].version", null, "3.*"),
                new Change(Kind.ADDED, "packages[vim]", null, Map.of("name", "vim", "version", "9.*")),
                new Change(Kind.REMOVED, "customizations.user[alice].groups[adm]", "adm", null),
                new Change(Kind.ADDED, "customizations.user[alice].groups[docker]", null, "docker"),
                new Change(Kind.REMOVED, "customizations.user[bob]", Map.of("name", "bob"), null));
    }

    @Test
    void textShowsOneChangePerLine() {
        Blueprint changed = base().toBuilder()
                .version("1.1.0")
                .addPackage("vim", "9.*")
                .customizations(c -> c.hostname(null)
                        .locale(l -> l.languages(List.of("de_DE.UTF-8", "en_US.UTF-8")))
                        .files(List.of(base().customizations().files().get(0).toBuilder().data("hello\nworld\n").build())))
                .build();

        assertThat(BlueprintDiff.between(base(), changed).toText()).isEqualTo("""
                ~ version = "1.0.0" -> "1.1.0"
                + packages[vim] = {"name":"vim","version":"9.*"}
                - customizations.hostname = "web01"
                ~ customizations.locale.languages = ["en_US.UTF-8","de_DE.UTF-8"] -> ["de_DE.UTF-8","en_US.UTF-8"]
                ~ customizations.files[/etc/motd].data = "hello" -> "hello\\nworld\\n"
                """);
    }

    @Test
    void jsonHoldsKindPathOldAndNew() throws Exception {
        Blueprint changed = base().toBuilder()
                .addPackage("vim", "9.*")
                .customizations(c -> c.hostname(null)
                        .filesystem(List.of(base().customizations().filesystem().get(0).toBuilder().minsize("20 GiB").build())))
                .build();

        String json = BlueprintDiff.between(base(), changed).toJson();

        assertThat(json).isEqualTo("{\"changes\":["
                + "{\"kind\":\"ADDED\",\"path\":\"packages[vim]\",\"old\":null,\"new\":{\"name\":\"vim\",\"version\":\"9.*\"}},"
                + "{\"kind\":\"REMOVED\",\"path\":\"customizations.hostname\",\"old\":\"web01\",\"new\":null},"
                + "{\"kind\":\"CHANGED\",\"path\":\"customizations.filesystem[/var].minsize\",\"old\":10737418240,\"new\":21474836480}"
                + "]}");
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertThat(parsed.get("changes")).hasSize(3);
        assertThat(parsed.at("/changes/2/new").isIntegralNumber()).isTrue();
    }

    @Test
    void passwordsShowAsChangedWithoutTheirValues() {
        Blueprint plain = base().toBuilder().customizations(c -> c.user(List.of(
                base().customizations().user().get(0).toBuilder().password("hunter2").build(),
                base().customizations().user().get(1).toBuilder().password("swordfish").build()))).build();
        Blueprint added = plain.toBuilder().customizations(c -> c.addUser(u -> u.name("carol").password("opensesame")))
                .build();

        BlueprintDiff diff = BlueprintDiff.between(base(), added);

        assertThat(diff.changes()).containsExactly(
                new Change(Kind.CHANGED, "customizations.user[alice].password", Change.HIDDEN, Change.HIDDEN),
                new Change(Kind.ADDED, "customizations.user[bob].password", null, Change.HIDDEN),
                new Change(Kind.ADDED, "customizations.user[carol]", null, Map.of("name", "carol", "password", Change.HIDDEN)));
        assertThat(diff.toText()).isEqualTo("""
                ~ customizations.user[alice].password = <hidden> -> <hidden>
                + customizations.user[bob].password = <hidden>
                + customizations.user[carol] = {"name":"carol","password":"<hidden>"}
                """);
        assertThat(diff.toText() + diff.toJson() + diff + diff.changes())
                .doesNotContain("hunter2", "swordfish", "opensesame", "$6$abc$def");
    }

    @Test
    void firstbootSecretsAreHiddenAndScriptContentsShown() {
        Blueprint before = Blueprint.builder().name("x").customizations(c -> c.firstboot(f -> f
                .addScript(s -> s.type("aap").hostConfigKey("k3y-old").jobTemplateUrl("https://aap/1"))
                .addScript(s -> s.type("satellite").command("curl -H 'Bearer tok-old'"))
                .addScript(s -> s.type("custom").contents("echo old")))).build();
        Blueprint after = Blueprint.builder().name("x").customizations(c -> c.firstboot(f -> f
                .addScript(s -> s.type("aap").hostConfigKey("k3y-new").jobTemplateUrl("https://aap/1"))
                .addScript(s -> s.type("satellite").command("curl -H 'Bearer tok-new'"))
                .addScript(s -> s.type("custom").contents("echo new")))).build();

        assertThat(BlueprintDiff.between(before, after).toText()).isEqualTo("""
                ~ customizations.firstboot.scripts[0].host_config_key = <hidden> -> <hidden>
                ~ customizations.firstboot.scripts[1].command = <hidden> -> <hidden>
                ~ customizations.firstboot.scripts[2].contents = "echo old" -> "echo new"
                """);
    }

    @Test
    void orderedStringListsAreComparedWhole() {
        Blueprint before = Blueprint.builder().name("x")
                .customizations(c -> c.timezone(t -> t.addNtpserver("a.pool")).firewall(f -> f.addPort("22:tcp").addPort("80:tcp")))
                .build();
        Blueprint after = Blueprint.builder().name("x")
                .customizations(c -> c.timezone(t -> t.ntpservers(List.of())).firewall(f -> f.addPort("80:tcp").addPort("22:tcp")))
                .build();

        assertThat(BlueprintDiff.between(before, after).changes()).containsExactly(
                new Change(Kind.REMOVED, "customizations.timezone.ntpservers", List.of("a.pool"), null),
                new Change(Kind.CHANGED, "customizations.firewall.ports", List.of("22:tcp", "80:tcp"), List.of("80:tcp", "22:tcp")));
        assertThat(BlueprintDiff.between(after, before).changes()).first()
                .isEqualTo(new Change(Kind.ADDED, "customizations.timezone.ntpservers", null, List.of("a.pool")));
    }

    @Test
    void repeatedIdentitiesAreNumberedInDocumentOrder() {
        Blueprint before = Blueprint.builder().name("x").addPackage("vim", "8").addPackage("vim", "9")
                .customizations(c -> c.addUser(u -> u.name("a").addSupplementaryGroup("wheel"))).build();
        Blueprint after = Blueprint.builder().name("x").addPackage("vim", "8")
                .customizations(c -> c.addUser(u -> u.name("a").addSupplementaryGroup("wheel").addSupplementaryGroup("wheel"))).build();

        assertThat(BlueprintDiff.between(before, after).toText()).isEqualTo("""
                - packages[vim#2] = {"name":"vim","version":"9"}
                + customizations.user[a].groups[wheel#2] = "wheel"
                """);
    }

    @Test
    void entriesWithoutIdentityAreMatchedByTheirEmptyIdentity() {
        Blueprint before = Blueprint.builder().name("x").addPackage(p -> p.version("1")).build();
        Blueprint after = Blueprint.builder().name("x").addPackage(p -> p.version("2")).build();

        assertThat(BlueprintDiff.between(before, after).changes())
                .containsExactly(new Change(Kind.CHANGED, "packages[].version", "1", "2"));
    }

    @Test
    void partitionsAreMatchedByPositionBecauseTheirOrderIsTheDiskLayout() {
        Blueprint before = Blueprints.readToml("""
                name = "x"
                [[customizations.disk.partitions]]
                mountpoint = "/data"
                minsize = "1 GiB"
                fs_type = "xfs"
                [[customizations.disk.partitions]]
                mountpoint = "/home"
                minsize = "2 GiB"
                fs_type = "xfs"
                """);
        Blueprint after = Blueprints.readToml("""
                name = "x"
                [[customizations.disk.partitions]]
                mountpoint = "/home"
                minsize = "2 GiB"
                fs_type = "xfs"
                [[customizations.disk.partitions]]
                mountpoint = "/data"
                minsize = "1 GiB"
                fs_type = "xfs"
                [[customizations.disk.partitions]]
                type = "lvm"
                minsize = 1073741824
                """);

        assertThat(BlueprintDiff.between(before, after).toText()).isEqualTo("""
                ~ customizations.disk.partitions[0].minsize = 1073741824 -> 2147483648
                ~ customizations.disk.partitions[0].mountpoint = "/data" -> "/home"
                ~ customizations.disk.partitions[1].minsize = 2147483648 -> 1073741824
                ~ customizations.disk.partitions[1].mountpoint = "/home" -> "/data"
                + customizations.disk.partitions[2] = {"type":"lvm","minsize":1073741824}
                """);
    }

    @Test
    void tablesAddedOrRemovedAreReportedWhole() {
        Blueprint before = Blueprint.builder().name("x").build();
        Blueprint after = Blueprint.builder().name("x")
                .customizations(c -> c.kernel(k -> k.name("kernel-rt")).services(s -> s.addEnabled("sshd"))).build();

        assertThat(BlueprintDiff.between(before, after).changes()).containsExactly(new Change(Kind.ADDED, "customizations",
                null, Map.of("kernel", Map.of("name", "kernel-rt"), "services", Map.of("enabled", List.of("sshd")))));
        assertThat(BlueprintDiff.between(after, before).toText()).isEqualTo(
                "- customizations = {\"kernel\":{\"name\":\"kernel-rt\"},\"services\":{\"enabled\":[\"sshd\"]}}\n");
    }

    @Test
    void unknownKeysAreComparedAfterTheFieldsOfTheirTable() {
        Blueprint before = Blueprints.readToml("name = \"x\"\nminimal = true\n[ostree]\nref = \"a\"\n");
        Blueprint after = Blueprints.readToml("name = \"x\"\n[ostree]\nref = \"b\"\n[customizations]\nshoe = 1\n");

        assertThat(BlueprintDiff.between(before, after).changes()).containsExactly(
                new Change(Kind.ADDED, "customizations", null, Map.of("shoe", 1L)),
                new Change(Kind.REMOVED, "minimal", true, null),
                new Change(Kind.CHANGED, "ostree", Map.of("ref", "a"), Map.of("ref", "b")));
    }

    @Test
    void valuesOfChangesCannotBeModified() {
        Blueprint after = base().toBuilder().addPackage("vim").build();

        Change added = BlueprintDiff.between(base(), after).changes().get(0);

        assertThat(added.newValue()).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) added.newValue();
        assertThatThrownBy(() -> value.put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aChangeIsItsTextLine() {
        assertThat(new Change(Kind.ADDED, "packages[vim]", null, Map.of("name", "vim")))
                .hasToString("+ packages[vim] = {\"name\":\"vim\"}");
        assertThat(new Change(Kind.REMOVED, "fips", true, null)).hasToString("- fips = true");
        assertThat(new Change(Kind.CHANGED, "customizations.user[a].uid", 1000L, 1001L))
                .hasToString("~ customizations.user[a].uid = 1000 -> 1001");
    }

    @Test
    void credentialsInUrlsAreMaskedInPathsAndValues() {
        Blueprint before = Blueprints.readToml("""
                [[customizations.repositories]]
                id = "r"
                baseurls = ["https://repo:REPOPASS3@repo.example.com/el9"]
                gpgkeys = ["https://gpg:GPGPASS4@repo.example.com/key"]
                [[customizations.firstboot.scripts]]
                type = "aap"
                job_template_url = "https://aap:AAPPASS7@aap.example.com/api/v2/job_templates/9/callback/"
                """);
        Blueprint after = Blueprints.readToml("""
                [[customizations.repositories]]
                id = "r"
                baseurls = ["https://repo:REPOPASS33@repo.example.com/el9"]
                mirrorlist = "https://ml:MIRRORPASS5@mirrors.example.com/list"
                [[customizations.firstboot.scripts]]
                type = "aap"
                job_template_url = "https://aap:AAPPASS77@aap.example.com/api/v2/job_templates/9/callback/"
                """);

        BlueprintDiff diff = BlueprintDiff.between(before, after);

        assertThat(diff.toText()).isEqualTo("""
                - customizations.repositories[r].baseurls[https://***@repo.example.com/el9] = "https://***@repo.example.com/el9"
                + customizations.repositories[r].baseurls[https://***@repo.example.com/el9] = "https://***@repo.example.com/el9"
                + customizations.repositories[r].mirrorlist = "https://***@mirrors.example.com/list"
                - customizations.repositories[r].gpgkeys[https://***@repo.example.com/key] = "https://***@repo.example.com/key"
                ~ customizations.firstboot.scripts[0].job_template_url = "https://***@aap.example.com/api/v2/job_templates/9/callback/" -> "https://***@aap.example.com/api/v2/job_templates/9/callback/"
                """);
        assertThat(diff.toJson()).doesNotContain("PASS").contains("https://***@mirrors.example.com/list");
    }

    @Test
    void unknownKeysThatLookSecretAndSshKeysAreHidden() {
        Blueprint before = Blueprints.readToml("""
                [customizations.subscription]
                activation_key = "ACTKEY10"
                organization = 1234567
                server = "subscription.example.com"
                [[customizations.user]]
                name = "alice"
                pasword = "TYPOPASS12"
                key = "ssh-ed25519 AAAAold alice@example.com"
                """);
        Blueprint after = Blueprints.readToml("""
                [customizations.subscription]
                activation_key = "ACTKEY11"
                organization = 7654321
                server = "subscription2.example.com"
                [[customizations.user]]
                name = "alice"
                key = "-----BEGIN OPENSSH PRIVATE KEY-----\\nPRIVATEBODY\\n-----END OPENSSH PRIVATE KEY-----"
                """);

        BlueprintDiff diff = BlueprintDiff.between(before, after);

        assertThat(diff.toText()).isEqualTo("""
                ~ customizations.user[alice].key = <hidden> -> <hidden>
                - customizations.user[alice].pasword = <hidden>
                ~ customizations.subscription = {"activation_key":"<hidden>","organization":"<hidden>","server":"subscription.example.com"} -> {"activation_key":"<hidden>","organization":"<hidden>","server":"subscription2.example.com"}
                """);
        assertThat(diff.toJson()).doesNotContain("ACTKEY", "1234567", "7654321", "TYPOPASS", "PRIVATEBODY", "AAAAold");
    }

    @Test
    void controlCharactersAreEscapedInTextAndCarriedByJson() {
        Blueprint before = Blueprint.builder().name("x").customizations(c -> c.hostname("a")).build();
        Blueprint after = Blueprint.builder().name("x")
                .customizations(c -> c.hostname("b\nall.toml: 0 errors\u001b[2K\u202e")).build();

        BlueprintDiff diff = BlueprintDiff.between(before, after);

        assertThat(diff.toText()).isEqualTo(
                "~ customizations.hostname = \"a\" -> \"b\\nall.toml: 0 errors\\u001B[2K\\u202e\"\n");
        assertThat(diff.toJson()).contains("\"new\":\"b\\nall.toml: 0 errors\\u001B[2K\u202e\"");
    }
}
