package io.github.blueprint4j.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example of the README's interchange section, as it is printed there, compiles and does what it says. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRuns() throws Exception {
        Files.writeString(dir.resolve("web.toml"), "name = \"web\"\nversion = \"1.0.0\"\ndistro = \"rhel-9.6\"\n"
                + "architecture = \"x86_64\"\n[[customizations.user]]\nname = \"ops\"\nuid = 1000\n", StandardCharsets.UTF_8);
        Path web = dir.resolve("web.toml");
        // --- README: blueprint-interchange ---
        ReadResult read = BlueprintReader.builder().build().read(web);
        ConversionOptions options = ConversionOptions.builder()
                .imageType("guest-image").upload("aws.s3", Map.of()).build();
        Conversion<String> hosted = Interchange.toHosted(read, options);
        hosted.losses().forEach(System.err::println);   // 2:1: WARNING IX-DROPPED version: ...
        String request = hosted.result();               // the CreateBlueprintRequest, JSON

        Conversion<Blueprint> back = Interchange.toClassic(request, null);   // the shape is detected
        String toml = Blueprints.toToml(back.result());
        // --- end ---
        assertThat(hosted.losses()).map(Loss::toString).containsExactly(
                "2:1: WARNING IX-DROPPED version: version has no counterpart in the hosted service's request: the hosted"
                        + " service numbers the versions of a blueprint itself; it is not written.",
                "7:1: WARNING IX-DROPPED customizations.user[0].uid: customizations.user[].uid has no counterpart in the"
                        + " hosted service's request; it is not written.");
        assertThat(request).contains("\"distribution\": \"rhel-9.6\"", "\"image_type\": \"guest-image\"");
        assertThat(Blueprints.readToml(toml).customizations().user().get(0).name()).isEqualTo("ops");
        assertThat(Blueprints.readToml(toml).version()).isNull();
    }
}
