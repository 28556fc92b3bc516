package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert} into and out of the neighbouring shapes (hosted service, cloud API,
 * bootc-image-builder) with its loss report, and {@code validate} of those shapes at their own
 * paths, lines and columns.
 */
class ShapesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEB = "name = \"web\"\nversion = \"1.0.0\"\ndistro = \"rhel-9.4\"\narchitecture = \"x86_64\"\n"
            + "[[customizations.user]]\nname = \"ops\"\nuid = 1000\n";
    private static final String HOSTED = """
            {
              "name": "web",
              "distribution": "rhel-94",
              "image_requests": [{"architecture": "x86_64", "image_type": "guest-image",
                                  "upload_request": {"type": "aws.s3", "options": {}}}],
              "customizations": {
                "packages": ["vim", "@core"],
                "groups": [{"name": "ops", "gid": -5}],
                "users": [{"name": "ops", "ssh_key": "k", "hasPassword": true}],
                "filesystem": [{"mountpoint": "var", "min_size": 1073741824}]
              }
            }
            """;
    private static final List<String> LOSS_KEYS =
            List.of("code", "severity", "path", "target_path", "line", "column", "message", "hint");

    @TempDir
    Path dir;

    private String web;
    private String hosted;

    @BeforeEach
    void writeFiles() throws IOException {
        web = write("web.toml", WEB);
        hosted = write("request.json", HOSTED);
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
    }

    @Test
    void hostedOutputHoldsOnlyTheRequestAndTheLossesGoToStandardError() throws IOException {
        Cli.Result result = Cli.run("convert", "--to", "hosted", "--image-type", "guest-image", "--upload-type", "aws.s3",
                web);

        assertThat(result.exitCode()).isZero();
        JsonNode request = JSON.readTree(result.out());
        assertThat(request.get("distribution").asText()).isEqualTo("rhel-94");
        assertThat(request.at("/image_requests/0/architecture").asText()).isEqualTo("x86_64");
        assertThat(request.at("/image_requests/0/upload_request/type").asText()).isEqualTo("aws.s3");
        assertThat(request.at("/customizations/users/0").toString()).isEqualTo("{\"name\":\"ops\"}");
        assertThat(result.errLines()).containsExactly(
                web + ":2:1: warning IX-DROPPED version: version has no counterpart in the hosted service's request: the"
                        + " hosted service numbers the versions of a blueprint itself; it is not written.",
                web + ":3:1: info IX-REWRITTEN distro: distro \"rhel-9.4\" is written as \"rhel-94\", the hosted service's"
                        + " spelling of that release. [hosted: distribution]",
                web + ":7:1: warning IX-DROPPED customizations.user[0].uid: customizations.user[].uid has no counterpart in"
                        + " the hosted service's request; it is not written.");
    }

    @Test
    void cloudApiOutputIsTheComposeRequest() throws IOException {
        Cli.Result result = Cli.run("convert", "--to", "cloudapi", "--image-type", "guest-image", web);

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode request = JSON.readTree(result.out());
        assertThat(request.at("/blueprint/customizations/user/0/uid").asInt()).isEqualTo(1000);
        assertThat(request.at("/image_request/architecture").asText()).isEqualTo("x86_64");
        assertThat(request.at("/blueprint").has("architecture")).isFalse();
    }

    @Test
    void jsonReportIsOneLinePerInputWithTheDiagnosticFieldsAndTheTargetPath() throws IOException {
        Path out = dir.resolve("out");
        String other = write("other.toml", "name = \"other\"\n");

        Cli.Result result = Cli.run("convert", "--to", "hosted", "--image-type", "guest-image", "--upload-type", "aws",
                "--report", "json", "--out-dir", out.toString(), web, other);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(2);
        JsonNode first = JSON.readTree(result.errLines().get(0));
        assertThat(first.get("file").asText()).isEqualTo(web);
        assertThat(first.get("from").asText()).isEqualTo("classic");
        assertThat(first.get("to").asText()).isEqualTo("hosted");
        assertThat(first.get("lossless").asBoolean()).isFalse();
        JsonNode distro = first.get("losses").get(1);
        List<String> keys = new ArrayList<>();
        distro.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(LOSS_KEYS);
        assertThat(distro.get("code").asText()).isEqualTo("IX-REWRITTEN");
        assertThat(distro.get("severity").asText()).isEqualTo("INFO");
        assertThat(distro.get("path").asText()).isEqualTo("distro");
        assertThat(distro.get("target_path").asText()).isEqualTo("distribution");
        assertThat(distro.get("line").asInt()).isEqualTo(3);
        assertThat(distro.get("column").asInt()).isEqualTo(1);
        assertThat(distro.get("hint").isNull()).isTrue();
        JsonNode second = JSON.readTree(result.errLines().get(1));
        assertThat(second.get("file").asText()).isEqualTo(other);
        assertThat(second.get("losses")).extracting(loss -> loss.get("code").asText() + " " + loss.get("target_path").asText())
                .containsExactly("IX-CALLER distribution", "IX-CALLER image_requests[0].architecture");
    }

    @Test
    void failOnLossExitsOneWhenSomethingWasLost() throws IOException {
        String lossless = write("lossless.toml", "name = \"web\"\n[customizations]\nhostname = \"h\"\n");

        assertThat(Cli.run("convert", "--to", "hosted", "--image-type", "guest-image", "--upload-type", "aws",
                "--fail-on-loss", web).exitCode()).isEqualTo(1);
        assertThat(Cli.run("convert", "--to", "hosted", "--image-type", "guest-image", "--upload-type", "aws", web)
                .exitCode()).isZero();
        Cli.Result kept = Cli.run("convert", "--to", "cloudapi", "--image-type", "guest-image", "--distribution",
                "rhel-9.6", "--architecture", "x86_64", "--fail-on-loss", lossless);
        assertThat(kept.exitCode()).isZero();
        assertThat(kept.err()).isEmpty();
    }

    @Test
    void outputDirectoryNamesFollowTheShapesFormat() throws IOException {
        Path out = dir.resolve("out");
        String json = write("a.blueprint.json", "{\"name\": \"a\", \"customizations\": {\"hostname\": \"h\"}}");

        assertThat(Cli.run("convert", "--to", "hosted", "--image-type", "aws", "--upload-type", "aws", "--out-dir",
                out.toString(), web, json).exitCode()).isZero();
        assertThat(JSON.readTree(out.resolve("web.json").toFile()).get("name").asText()).isEqualTo("web");
        assertThat(JSON.readTree(out.resolve("a.blueprint.json").toFile()).at("/customizations/hostname").asText())
                .isEqualTo("h");

        Path cloud = dir.resolve("cloud");
        assertThat(Cli.run("convert", "--to", "cloudapi", "--image-type", "aws", "--out-dir", cloud.toString(), web)
                .exitCode()).isZero();
        assertThat(JSON.readTree(cloud.resolve("web.json").toFile()).at("/blueprint/name").asText()).isEqualTo("web");

        Path bib = dir.resolve("bib");
        assertThat(Cli.run("convert", "--to", "bib", "--image-type", "qcow2", "--out-dir", bib.toString(), web, json)
                .exitCode()).isZero();
        assertThat(Blueprints.read(bib.resolve("web.toml")).customizations().user().get(0).uid()).isEqualTo(1000L);
        assertThat(bib.resolve("a.blueprint.toml")).exists();
        assertThat(bib.toFile().list()).containsExactlyInAnyOrder("web.toml", "a.blueprint.toml");
    }

    @Test
    void bibWithoutImageTypeIsAUsageError() {
        Cli.Result result = Cli.run("convert", "--to", "bib", web);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("--to bib needs --image-type (a bootc image type: qcow2, raw, ami, vmdk,"
                + " anaconda-iso, ...).").contains("Usage: blueprint convert");
    }

    @Test
    void hostedInputIsDetectedAndConvertedToToml() {
        Cli.Result result = Cli.run("convert", "--to", "toml", hosted);

        assertThat(result.exitCode()).isZero();
        Blueprint blueprint = Blueprints.readToml(result.out());
        assertThat(blueprint.distro()).isEqualTo("rhel-9.4");
        assertThat(blueprint.architecture()).isEqualTo("x86_64");
        assertThat(blueprint.packages()).extracting("name").containsExactly("vim");
        assertThat(blueprint.groups()).extracting("name").containsExactly("core");
        assertThat(blueprint.customizations().user().get(0).key()).isEqualTo("k");
        assertThat(blueprint.customizations().group().get(0).gid()).isEqualTo(-5L);
        assertThat(result.errLines()).containsExactly(
                hosted + ":3:3: info IX-REWRITTEN distribution: distribution \"rhel-94\" is written as \"rhel-9.4\", the"
                        + " classic spelling. [toml: distro]",
                hosted + ":4:49: warning IX-DROPPED image_requests[0].image_type: image_requests[0].image_type is a build"
                        + " option, not part of a classic blueprint; it is not written.",
                hosted + ":5:23: warning IX-DROPPED image_requests[0].upload_request: image_requests[0].upload_request is"
                        + " a build option, not part of a classic blueprint; it is not written.",
                hosted + ":9:47: warning IX-DROPPED customizations.users[0].hasPassword: customizations.users[].hasPassword"
                        + " only says that the user has a password, which the hosted service never returns; the classic"
                        + " user gets no password.");
    }

    @Test
    void fromOverridesTheDetectedShape() throws IOException {
        // no key only the hosted shape has, so detection says classic, where fips is a boolean
        String ambiguous = write("fips.json", "{\"name\": \"f\", \"customizations\": {\"fips\": {\"enabled\": true}}}");

        Cli.Result detected = Cli.run("convert", "--to", "toml", ambiguous);
        assertThat(detected.exitCode()).isEqualTo(1);
        assertThat(detected.out()).isEmpty();

        Cli.Result given = Cli.run("convert", "--to", "toml", "--from", "hosted", ambiguous);
        assertThat(given.exitCode()).isZero();
        assertThat(Blueprints.readToml(given.out()).customizations().fips()).isTrue();
        assertThat(given.err()).isEmpty();
    }

    @Test
    void validateReportsAHostedRequestAtItsOwnPathsLinesAndColumns() {
        Cli.Result result = Cli.run("validate", hosted);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(
                hosted + ":8:32: warning USER-ID-RANGE customizations.groups[0].gid: The id -5 is outside the usable"
                        + " range 0 to 4294967294.",
                hosted + ":10:21: error FS-MOUNTPOINT-POLICY customizations.filesystem[0].mountpoint: The mountpoint var"
                        + " is not allowed by the mountpoints-default policy: it is not an absolute path.",
                hosted + ": info BP-VERSION-DEFAULT: No version is given; the server stores 0.0.0.",
                hosted + ": warning BP-VERSION-REQUIRED-DOC: The Oracle Linux documentation lists the version as"
                        + " required; the server substitutes 0.0.0. (add version = \"0.0.1\")");
    }

    @Test
    void validateReportsCloudApiAndWrappedBibAtTheirPaths() throws IOException {
        String cloud = write("compose.json", """
                {"distribution": "rhel-9.6",
                 "image_request": {"architecture": "x86_64", "image_type": "guest-image", "repositories": []},
                 "blueprint": {"name": "c", "version": "1.0.0",
                               "customizations": {"user": [{"name": "ops", "uid": -1}]}}}
                """);
        String wrapped = write("config.json", """
                {
                  "blueprint": {
                    "name": "b", "version": "1.0.0",
                    "customizations": {"filesystem": [{"mountpoint": "var", "minsize": 1}]}
                  }
                }
                """);

        Cli.Result result = Cli.run("validate", "--output", "json", cloud, wrapped);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).hasSize(2);
        assertThat(result.outLines().get(0)).contains("{\"code\": \"USER-ID-RANGE\", \"severity\": \"WARNING\", \"path\":"
                + " \"blueprint.customizations.user[0].uid\", \"line\": 4, \"column\": 60,");
        assertThat(result.outLines().get(1)).contains("{\"code\": \"FS-MOUNTPOINT-POLICY\", \"severity\": \"ERROR\","
                + " \"path\": \"blueprint.customizations.filesystem[0].mountpoint\", \"line\": 4, \"column\": 40,");
    }

    @Test
    void validateOfAHostedRequestThatIsNoBlueprintPointsAtTheHostedValue() throws IOException {
        String bad = write("bad.json", "{\"name\": \"x\",\n \"image_requests\": [],\n \"customizations\": {\"users\": [\n"
                + "  {\"name\": \"ops\", \"groups\": \"wheel\"}]}}\n");

        Cli.Result result = Cli.run("validate", "--from", "hosted", bad);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).containsExactly(bad + ":4:19: error GEN-TYPE-MISMATCH customizations.users[0].groups:"
                + " The value of \"groups\" must be a list of strings, but it is a string (\"wheel\")."
                + " (write \"groups\": [\"wheel\"])");
    }
}
