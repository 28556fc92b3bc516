package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DataSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of the README's quick starts, so that the README stays true. */
class ReadmeExamplesTest {

    @Test
    void buildsABlueprintInCode() {
        Blueprint bp = Blueprint.builder()
                .name("web").version("1.0.0")
                .addPackage("nginx", "1.20.*")
                .addPackageGroup("standard")
                .customizations(c -> c
                        .hostname("web01")
                        .addUser(u -> u.name("admin").key("ssh-ed25519 AAAA... ops@example.com").addSupplementaryGroup("wheel"))
                        .firewall(f -> f.ports("80:tcp", "443:tcp"))
                        .addFilesystem(fs -> fs.mountpoint("/var/log").minsize("8 GiB"))
                        .addFile(f -> f.path("/etc/motd").mode("0644").user("root").data("Welcome\n")))
                .build();
        Blueprint next = bp.toBuilder().version("1.0.1").build();
        long bytes = DataSize.parse("1.5 GiB").bytes();

        assertThat(next.version()).isEqualTo("1.0.1");
        assertThat(bytes).isEqualTo(1_610_612_736L);
        assertThat(Blueprints.readToml(Blueprints.toToml(bp))).isEqualTo(bp);
    }

    @Test
    void readsAndWrites(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("web.toml"), "name = \"web\"\n[customizations]\nhostnme = \"x\"\n");
        Blueprint bp = Blueprints.read(file);
        String toml = Blueprints.toToml(bp);
        String json = Blueprints.toJson(bp);
        assertThat(Blueprints.readJson(json)).isEqualTo(Blueprints.readToml(toml)).isEqualTo(bp);

        BlueprintReader reader = BlueprintReader.builder().strict(true).build();
        BlueprintParseException refused = null;
        try {
            reader.read(file);
        } catch (BlueprintParseException e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        Diagnostic d = refused.diagnostics().get(0);
        assertThat(String.format("%s:%s %s %s: %s", d.line(), d.column(), d.code(), d.path(), d.message()))
                .isEqualTo("3:1 GEN-UNKNOWN-KEY customizations.hostnme: \"hostnme\" is not a key of customizations.");
        assertThat(BlueprintReader.builder().build().read(file).diagnostics()).hasSize(1);

        BlueprintWriter writer = BlueprintWriter.builder()
                .sizeStyle(BlueprintWriter.SizeStyle.BYTES)
                .unknownKeys(false)
                .build();
        assertThat(writer.toToml(bp)).isEqualTo("name = \"web\"\n\n[customizations]\n");
    }
}
