package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.operations.BlueprintDiff;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.Profile;
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
 * Plants secrets wherever a blueprint can hold them (passwords, also typed as numbers and
 * booleans, host_config_key, SSH keys with a private key pasted in, credentials in every URL
 * field, keys the format does not define whose names look secret) and looks for them in every
 * output channel: the model's toString, exception messages, diagnostics' messages and hints,
 * the diff as text and JSON, and what every command prints as text and JSON.
 */
class SecretLeakTest {

    /** Every secret planted below ({@code PAZZ} marks those of the changed copy); none may appear in any output. */
    private static final List<String> SECRETS = List.of("S3cretPassw0rd", "12345678901", "98765432123", "HCKSECRET",
            "PRIVATEKEYBODY", "FDOPASS1", "IGNPASS2", "REPOPASS3", "GPGPASS4", "MIRRORPASS5", "METAPASS6", "AAPPASS7",
            "FILEPASS8", "FLATPASS9", "ACTKEY10", "ORG11", "TYPOPASS12", "CTRPASS13", "PAZZ", "boolean (true)");

    private static final String PRIVATE_KEY = "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1PRIVATEKEYBODY\\n"
            + "-----END OPENSSH PRIVATE KEY-----";

    /** A readable blueprint with a secret in every place that keeps one. */
    private static final String READABLE = """
            name = "secrets"
            version = "1.0.0"

            [[containers]]
            source = "https://ctr:CTRPASS13@registry.example.com/app:latest"

            [customizations.fdo]
            manufacturing_server_url = "https://fdo:FDOPASS1@fdo.example.com:8080"
            diun_pub_key_insecure = "true"

            [customizations.ignition.firstboot]
            url = "https://ign:IGNPASS2@ign.example.com/config.ign"

            [[customizations.user]]
            name = "admin"
            password = "S3cretPassw0rd"
            key = "%1$s"
            pasword = "TYPOPASS12"

            [[customizations.sshkey]]
            user = "admin"
            key = "%1$s"

            [[customizations.repositories]]
            id = "internal"
            baseurls = ["https://repo:REPOPASS3@repo.example.com/el9"]
            gpgkeys = ["https://gpg:GPGPASS4@repo.example.com/RPM-GPG-KEY"]
            mirrorlist = "https://ml:MIRRORPASS5@mirrors.example.com/list"
            metalink = "https://mt:METAPASS6@mirrors.example.com/metalink"

            [[customizations.installer.payload.flatpaks.force]]
            registry = { remote_name = "flathub", url = "https://fp:FLATPASS9@dl.flathub.org/repo/" }

            [[customizations.firstboot.scripts]]
            type = "aap"
            job_template_url = "https://aap:AAPPASS7@aap.example.com/api/v2/job_templates/9/callback/"
            host_config_key = "HCKSECRET"

            [customizations.subscription]
            activation_key = "ACTKEY10"
            organization = "ORG11"
            """.formatted(PRIVATE_KEY);

    /** Secrets of the wrong type and a remote file URI: reading refuses it. */
    private static final String TYPED = """
            name = "typed"

            [[customizations.user]]
            name = "a"
            password = 12345678901

            [[customizations.user]]
            name = "b"
            password = true

            [[customizations.firstboot.scripts]]
            type = "aap"
            host_config_key = 98765432123

            [[customizations.files]]
            path = "/etc/x"
            uri = "https://f:FILEPASS8@files.example.com/x"
            """;

    private static final String TYPED_JSON = """
            {"name": "typed", "customizations": {
              "user": [{"name": "a", "password": 12345678901}, {"name": "b", "password": true}],
              "firstboot": {"scripts": [{"type": "aap", "host_config_key": 98765432123}]},
              "files": [{"path": "/etc/x", "uri": "https://f:FILEPASS8@files.example.com/x"}]}}
            """;

    @TempDir
    Path dir;

    private String readable;
    private String readableJson;
    private String changed;
    private String typed;
    private String typedJson;
    private final List<String> outputs = new ArrayList<>();

    @BeforeEach
    void writeFiles() throws IOException {
        readable = write("secrets.toml", READABLE);
        readableJson = write("secrets.json", Cli.run("convert", "--to", "json", readable).out());
        changed = write("changed.toml", READABLE.replace("PASS", "PAZZ").replace("admin", "root")
                .replace("[customizations.subscription]", "[customizations.subscription2]"));
        typed = write("typed.toml", TYPED);
        typedJson = write("typed.json", TYPED_JSON);
    }

    @Test
    void noOutputChannelShowsAPlantedSecret() throws IOException {
        BlueprintReader reader = BlueprintReader.builder().build();
        ReadResult read = reader.read(Path.of(readable));
        collect(read.blueprint().toString());
        collect(reader.read(Path.of(readableJson)).blueprint().toString());
        collect(read.diagnostics());
        for (Profile profile : Profile.values()) {
            for (boolean strict : new boolean[] {false, true}) {
                BlueprintValidator validator = BlueprintValidator.builder().profile(profile).strict(strict).build();
                collect(validator.validate(read.blueprint(), read.sourceMap()).diagnostics());
            }
        }
        for (String bad : List.of(typed, typedJson)) {
            BlueprintParseException e = catchThrowableOfType(BlueprintParseException.class, () -> reader.read(Path.of(bad)));
            collect(e.getMessage());
            collect(e.toString());
            collect(e.diagnostics());
        }
        BlueprintDiff diff = BlueprintDiff.between(read.blueprint(), reader.read(Path.of(changed)).blueprint());
        collect(diff.toText());
        collect(diff.toJson());
        collect(diff.changes().toString());

        for (String output : List.of("text", "json")) {
            for (String file : List.of(readable, readableJson, typed, typedJson)) {
                collect(Cli.run("validate", "--output", output, file));
                collect(Cli.run("validate", "--output", output, "--strict", file));
                collect(Cli.run("validate", "--output", output, "--profile", "image-builder", "--strict", file));
            }
            collect(Cli.run("diff", "--output", output, readable, changed));
            collect(Cli.run("diff", "--output", output, readableJson, changed));
        }
        collect(Cli.runWithInput(Files.readString(Path.of(typed)), "validate", "-"));
        collect(Cli.run("convert", "--to", "toml", typed));
        collect(Cli.run("convert", "--to", "json", "--out-dir", dir.resolve("out").toString(), typed, typedJson));
        collect(Cli.run("fmt", "--check", typed, readable, typedJson));
        collect(Cli.run("fmt", typed));

        assertThat(outputs).hasSizeGreaterThan(40);
        String all = String.join("\n", outputs);
        // not vacuous: the channels carry the findings and the changes, only without the secrets
        assertThat(all).contains("SSHKEY-PRIVATE-KEY", "FILE-URI-SCHEME", "https://***@files.example.com/x",
                "The value of \"password\" must be a string, but it is an integer.",
                "The value of \"password\" must be a string, but it is a boolean.",
                "The value of \"host_config_key\" must be a string, but it is an integer.",
                "customizations.repositories[internal].baseurls[https://***@repo.example.com/el9]",
                "customizations.user[admin]", "\"activation_key\":\"<hidden>\"", "pasword");
        for (String secret : SECRETS) {
            assertThat(all.lines().filter(line -> line.contains(secret))).as("lines showing %s", secret).isEmpty();
        }
    }

    private void collect(String text) {
        outputs.add(text);
    }

    private void collect(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            outputs.add(d.toString());
            outputs.add(d.message());
            outputs.add(String.valueOf(d.hint()));
        }
    }

    private void collect(Cli.Result result) {
        outputs.add(result.out());
        outputs.add(result.err());
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
    }
}
