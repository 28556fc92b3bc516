package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.FlatpakMeta;
import io.github.blueprint4j.model.InvalidValueException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;

class BlueprintWriterTest {

    private static final BlueprintWriter WRITER = BlueprintWriter.builder().build();

    @Test
    void writesTomlInTheLayoutOfTheDocumentation() {
        Blueprint bp = Blueprints.readToml("""
                [customizations.kernel]
                append = "quiet"
                [[customizations.user]]
                groups = ["wheel"]
                name = "admin"
                [customizations]
                hostname = "web01"
                [[packages]]
                version = "9.*"
                name = "vim"
                [[packages]]
                name = "nginx"
                """);
        Blueprint withRoot = bp.toBuilder().name("web").version("1.0.0").build();
        assertThat(WRITER.toToml(withRoot)).isEqualTo("""
                name = "web"
                version = "1.0.0"

                [[packages]]
                name = "vim"
                version = "9.*"

                [[packages]]
                name = "nginx"

                [customizations]
                hostname = "web01"

                [customizations.kernel]
                append = "quiet"

                [[customizations.user]]
                name = "admin"
                groups = ["wheel"]
                """);
    }

    @Test
    void writesMultiLineTextAsMultiLineStrings() {
        Blueprint bp = Blueprint.builder().name("a")
                .customizations(c -> c.addFile(f -> f.path("/etc/motd").data("Welcome\nto the machine\n"))
                        .installer(i -> i.kickstart(k -> k.contents("text\nreboot\n"))))
                .build();
        String toml = WRITER.toToml(bp);
        assertThat(toml).contains("data = '''\nWelcome\nto the machine\n'''")
                .contains("contents = '''\ntext\nreboot\n'''");
        assertThat(Blueprints.readToml(toml)).isEqualTo(bp);
    }

    @Test
    void keepsEmptyTablesAndTheEmptyFlatpakList() {
        Blueprint bp = Blueprints.readToml("""
                [customizations.iso]
                [customizations.installer.payload.flatpaks]
                force = []
                """);
        assertThat(bp.customizations().iso()).isNotNull();
        assertThat(bp.customizations().installer().payload().flatpaks().force()).isEmpty();
        String toml = WRITER.toToml(bp);
        assertThat(toml).contains("[customizations.iso]").contains("force = []");
        Blueprint again = Blueprints.readToml(toml);
        assertThat(again).isEqualTo(bp);
        assertThat(again.customizations().installer().payload().flatpaks()).isEqualTo(FlatpakMeta.builder().force(List.of()).build());
    }

    @Test
    void writesInstallFromAlwaysAsTheReferenceDoes() {
        Blueprint bp = Blueprints.readJson("{\"customizations\": {\"repositories\": [{\"id\": \"r\", \"baseurls\": [\"http://x\"]}]}}");
        assertThat(WRITER.toToml(bp)).contains("install_from = false");
        assertThat(WRITER.toJson(bp)).contains("\"install_from\": false");
    }

    @Test
    void writesSizesAsWrittenOrAsBytes() {
        Blueprint bp = Blueprints.readToml("[[customizations.filesystem]]\nmountpoint = \"/\"\nminsize = \"20 GiB\"\n");
        assertThat(WRITER.toToml(bp)).contains("minsize = \"20 GiB\"");
        BlueprintWriter bytes = BlueprintWriter.builder().sizeStyle(BlueprintWriter.SizeStyle.BYTES).build();
        assertThat(bytes.toToml(bp)).contains("minsize = 21474836480");
        assertThat(bytes.toJson(bp)).contains("\"minsize\": 21474836480");
        assertThat(bytes.sizeStyle()).isEqualTo(BlueprintWriter.SizeStyle.BYTES);
    }

    @Test
    void writesSizesBeyondSignedSixtyFourBitsAsStrings() {
        DataSize huge = DataSize.ofBytes(new BigInteger("18446744073709551615"));
        Blueprint bp = Blueprint.builder().customizations(c -> c.disk(d -> d.minsize(huge))).build();
        String toml = WRITER.toToml(bp);
        assertThat(toml).contains("minsize = \"18446744073709551615\"");
        assertThat(Toml.parse(toml).errors()).isEmpty();
        assertThat(Blueprints.readToml(toml)).isEqualTo(bp);
        assertThat(Blueprints.readJson(WRITER.toJson(bp))).isEqualTo(bp);
    }

    @Test
    void writesIndentedJsonWithTheFormatsKeys() {
        Blueprint bp = Blueprint.builder().name("a")
                .addContainer(c -> c.source("quay.io/x").tlsVerify(false))
                .customizations(c -> c.containersStorage(s -> s.destinationPath("/var/lib/c")))
                .build();
        assertThat(WRITER.toJson(bp)).isEqualTo("""
                {
                  "name": "a",
                  "containers": [
                    {
                      "source": "quay.io/x",
                      "tls-verify": false
                    }
                  ],
                  "customizations": {
                    "containers-storage": {
                      "destination-path": "/var/lib/c"
                    }
                  }
                }
                """);
        assertThat(BlueprintWriter.builder().prettyJson(false).build().toJson(bp))
                .isEqualTo("{\"name\":\"a\",\"containers\":[{\"source\":\"quay.io/x\",\"tls-verify\":false}],"
                        + "\"customizations\":{\"containers-storage\":{\"destination-path\":\"/var/lib/c\"}}}\n");
    }

    @Test
    void writesAFileInTheFormatOfItsExtension(@TempDir Path dir) throws IOException {
        Blueprint bp = Blueprint.builder().name("a").addPackage("vim").build();
        Path toml = dir.resolve("a.toml");
        Path json = dir.resolve("a.json");
        Blueprints.write(bp, toml);
        WRITER.write(bp, json);
        assertThat(Files.readString(toml)).startsWith("name = \"a\"\n");
        assertThat(Files.readString(json)).startsWith("{\n");
        assertThat(Blueprints.read(toml)).isEqualTo(Blueprints.read(json)).isEqualTo(bp);
        assertThatThrownBy(() -> WRITER.write(bp, dir.resolve("a.yaml"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesUnknownKeysAfterTheKnownKeysAndNeverInPlaceOfOne() {
        assertThatThrownBy(() -> Blueprint.builder().name("a").putUnknownKey("name", Map.of("first", "x")))
                .isInstanceOf(InvalidValueException.class);
        Blueprint bp = Blueprint.builder().name("a").version("1.0.0")
                .customizations(c -> c.hostname("h"))
                .putUnknownKey("first", Map.of("x", "y"))
                .putUnknownKey("size", 5L)
                .build();
        assertThat(WRITER.toToml(bp)).isEqualTo("""
                name = "a"
                version = "1.0.0"
                size = 5

                [customizations]
                hostname = "h"

                [first]
                x = "y"
                """);
        assertThat(BlueprintWriter.builder().prettyJson(false).build().toJson(bp)).isEqualTo(
                "{\"name\":\"a\",\"version\":\"1.0.0\",\"customizations\":{\"hostname\":\"h\"},\"first\":{\"x\":\"y\"},\"size\":5}\n");
    }

    @Test
    void writingIsStable() {
        Blueprint bp = Blueprints.readToml("""
                name = "x"
                packages = [{ name = "a" }, { name = "b", version = "1" }]
                customizations.kernel.name = "kernel-rt"
                [customizations.disk]
                [[customizations.disk.partitions]]
                type = "lvm"
                minsize = "1 GiB"
                logical_volumes = [{ name = "root", minsize = 1073741824, mountpoint = "/", fs_type = "xfs" }]
                """);
        String once = WRITER.toToml(bp);
        assertThat(WRITER.toToml(Blueprints.readToml(once))).isEqualTo(once);
    }
}
