package io.github.blueprint4j.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.blueprint4j.io.Blueprints;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The starter in a running application: real HTTP requests on 127.0.0.1, answers as a client sees
 * them. The application checks strictly, in the composer profile, for a RHEL 9.6 guest image
 * ({@code application.properties}).
 */
@SpringBootTest(classes = BlueprintTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class BlueprintEndpointTest extends RunningApplication {

    static final String TOML = "application/toml";
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";
    static final String INVALID = "urn:blueprint4j:problem:invalid-blueprint";
    static final String UNREADABLE = "urn:blueprint4j:problem:unreadable-blueprint";

    static final String VALID_TOML = """
            name = "web-server"
            description = "nginx behind the firewall"
            version = "1.4.0"

            [[packages]]
            name = "nginx"
            version = "1.20.*"

            [customizations]
            hostname = "web01"

            [[customizations.user]]
            name = "admin"
            key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx8ExampleOnlyKeyMaterial ops@example.com"
            groups = ["wheel"]

            [customizations.firewall]
            ports = ["80:tcp", "443:tcp"]

            [[customizations.filesystem]]
            mountpoint = "/var/log"
            minsize = "8 GiB"
            """;

    static final String VALID_JSON = """
            {
              "name": "web-server",
              "version": "1.4.0",
              "packages": [{"name": "nginx", "version": "1.20.*"}],
              "customizations": {
                "hostname": "web01",
                "user": [{"name": "admin", "uid": 1000, "groups": ["wheel"]}],
                "filesystem": [{"mountpoint": "/var/log", "minsize": "8 GiB"}]
              }
            }
            """;

    /** Six errors of five kinds (an unknown key, a target finding, two types, two rules) and a remark. */
    static final String SEVERAL_PROBLEMS = """
            name = "web"
            version = "1.0.0"
            [customizations]
            hostname = "web01"
            timezome = "UTC"
            installation_device = "/dev/vda"
            [[customizations.user]]
            name = "admin"
            uid = "1000"
            password = "changeme"
            [customizations.fdo]
            manufacturing_server_url = "https://fdo.example.com"
            diun_pub_key_insecure = true
            [customizations.disk]
            [[customizations.disk.partitions]]
            type = "plain"
            mountpoint = "/data"
            fs_type = "ntfs"
            minsize = "1 GiB"
            [[customizations.disk.partitions]]
            type = "plain"
            mountpoint = "/srv"
            fs_type = "xfs"
            minsize = "lots"
            """;

    @Test
    void acceptsValidTomlBlueprint() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", TOML, VALID_TOML);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Blueprints.toJson(Blueprints.readToml(VALID_TOML)));
    }

    @Test
    void acceptsValidJsonBlueprint() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", JSON + ";charset=UTF-8", VALID_JSON);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Blueprints.toJson(Blueprints.readJson(VALID_JSON)));
    }

    @Test
    void answersInTomlWhenAskedFor() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", JSON, VALID_JSON, TOML);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(TOML));
        assertThat(response.body()).isEqualTo(Blueprints.toToml(Blueprints.readJson(VALID_JSON)));
    }

    @Test
    void refusesSyntaxErrorAsUnreadableWithLineAndColumn() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", TOML, "name = \"web\"\nversion = \n");

        assertRefused(response, UNREADABLE, "2:11 ERROR GEN-SYNTAX -");
    }

    @Test
    void refusesQuotedUidThatSpringsObjectMapperBindsSilently() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", JSON, """
                {
                  "name": "web",
                  "version": "1.0.0",
                  "customizations": {
                    "user": [{"name": "admin", "uid": "1000"}]
                  }
                }
                """);

        assertRefused(response, INVALID, "5:32 ERROR USER-ID-INTEGER customizations.user[0].uid");
        assertThat(Http.json(response).at("/diagnostics/0/hint").asText()).isEqualTo("write \"uid\": 1000 without quotes");
    }

    @Test
    void refusesBooleanDiunKeyThatSpringsObjectMapperBindsSilently() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", JSON, """
                {
                  "name": "edge",
                  "version": "1.0.0",
                  "customizations": {
                    "fdo": {
                      "manufacturing_server_url": "https://fdo.example.com",
                      "diun_pub_key_insecure": true
                    }
                  }
                }
                """);

        assertRefused(response, INVALID, "7:7 ERROR FDO-INSECURE-STRING customizations.fdo.diun_pub_key_insecure");
    }

    @Test
    void refusesUnknownKeyInStrictModeWithDidYouMean() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", JSON, """
                {
                  "name": "web",
                  "version": "1.0.0",
                  "customizations": {"timezome": "UTC"}
                }
                """);

        assertRefused(response, INVALID, "4:22 ERROR GEN-UNKNOWN-KEY customizations.timezome");
        assertThat(Http.json(response).at("/diagnostics/0/hint").asText()).isEqualTo("did you mean \"timezone\"?");
    }

    @Test
    void refusesBadSizeWithTheRuleInsteadOfAJacksonConstructionMessage() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", JSON, """
                {
                  "name": "web",
                  "version": "1.0.0",
                  "customizations": {
                    "filesystem": [{"mountpoint": "/var/log", "minsize": "8 gigs"}]
                  }
                }
                """);

        assertRefused(response, INVALID, "5:47 ERROR FS-SIZE-FORMAT customizations.filesystem[0].minsize");
        assertThat(response.body()).doesNotContain("Cannot construct instance", "DataSize");
    }

    @Test
    void reportsRuleViolationWithSpecPathRuleIdAndSeverity() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", TOML, """
                name = "data"
                version = "1.0.0"
                [[customizations.disk.partitions]]
                type = "plain"
                mountpoint = "/data"
                fs_type = "ntfs"
                minsize = "1 GiB"
                """);

        assertRefused(response, INVALID, "6:1 ERROR PLAIN-FSTYPE customizations.disk.partitions[0].fs_type");
        assertThat(response.body()).doesNotContain("fsType", "PlainFstype");
    }

    @Test
    void reportsWhatTheTargetImageTypeIgnores() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", TOML, """
                name = "web"
                version = "1.0.0"
                [customizations]
                installation_device = "/dev/vda"
                """);

        assertRefused(response, INVALID,
                "4:1 ERROR IT-UNSUPPORTED-OPTION customizations.installation_device");
        assertThat(Http.json(response).at("/diagnostics/0/message").asText()).contains("qcow2", "rhel-9.6");
    }

    @Test
    void listsEveryFindingOfSeveralProblemsInOneAnswer() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", TOML, SEVERAL_PROBLEMS);

        assertRefused(response, INVALID,
                "5:1 ERROR GEN-UNKNOWN-KEY customizations.timezome",
                "6:1 ERROR IT-UNSUPPORTED-OPTION customizations.installation_device",
                "9:1 ERROR USER-ID-INTEGER customizations.user[0].uid",
                "10:1 INFO USER-PASSWORD-HASHED customizations.user[0].password",
                "13:1 ERROR FDO-INSECURE-STRING customizations.fdo.diun_pub_key_insecure",
                "18:1 ERROR PLAIN-FSTYPE customizations.disk.partitions[0].fs_type",
                "24:1 ERROR PART-MINSIZE-VALUE customizations.disk.partitions[1].minsize");
        JsonNode problem = Http.json(response);
        assertThat(problem.path("detail").asText()).startsWith(
                "6 errors, 0 warnings; the first: 5:1: ERROR GEN-UNKNOWN-KEY customizations.timezome:");
        for (JsonNode diagnostic : problem.path("diagnostics")) {
            assertThat(diagnostic.path("message").asText()).isNotBlank();
        }
    }

    @Test
    void aControllerTakingABindingResultGetsEveryErrorThereWithItsFinding() throws IOException {
        HttpResponse<String> response = http.post("/reviews", TOML, SEVERAL_PROBLEMS);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = Http.json(response);
        assertThat(answer.path("name").asText()).isEqualTo("web");
        List<String> errors = new ArrayList<>();
        answer.path("errors").forEach(error -> errors.add(error.asText()));
        assertThat(errors).containsExactly(
                "customizations.timezome GEN-UNKNOWN-KEY 5:1",
                "customizations.installation_device IT-UNSUPPORTED-OPTION 6:1",
                "customizations.user[0].uid USER-ID-INTEGER 9:1",
                "customizations.fdo.diun_pub_key_insecure FDO-INSECURE-STRING 13:1",
                "customizations.disk.partitions[0].fs_type PLAIN-FSTYPE 18:1",
                "customizations.disk.partitions[1].minsize PART-MINSIZE-VALUE 24:1");
    }

    @Test
    void aControllerTakingABindingResultGetsNoErrorsOfAValidBlueprintAndUnreadableOnesAreStillRefused()
            throws IOException {
        HttpResponse<String> valid = http.post("/reviews", TOML, VALID_TOML);
        HttpResponse<String> unreadable = http.post("/reviews", TOML, "name = \"web\"\nname = \"again\"\n");

        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(Http.json(valid).path("errors")).isEmpty();
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(Http.json(unreadable).path("type").asText()).isEqualTo(UNREADABLE);
    }

    @Test
    void readsWithoutTheRulesWhenValidationIsNotAskedFor() throws IOException {
        HttpResponse<String> response = http.post("/drafts", TOML, """
                name = "data"
                [[customizations.disk.partitions]]
                type = "plain"
                mountpoint = "/data"
                fs_type = "ntfs"
                minsize = "1 GiB"
                """);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).at("/customizations/disk/partitions/0/fs_type").asText()).isEqualTo("ntfs");
    }

    @Test
    void refusesUnreadableBodyEvenWhenValidationIsNotAskedFor() throws IOException {
        HttpResponse<String> response = http.post("/drafts", TOML, """
                name = "data"
                [[customizations.user]]
                name = "admin"
                uid = "1000"
                """);

        assertRefused(response, UNREADABLE, "4:1 ERROR USER-ID-INTEGER customizations.user[0].uid");
    }

    @Test
    void refusesEmptyBodyWithAProblem() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", JSON, "");

        assertRefused(response, UNREADABLE, "-:- ERROR GEN-SYNTAX -");
        assertThat(Http.json(response).at("/diagnostics/0/message").asText()).isEqualTo("The request has no body.");
    }

    @Test
    void answersOtherMediaTypesWith415NamingJsonAndToml() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", "text/plain", VALID_JSON);

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(response.headers().firstValue("Accept")).hasValue("application/json, application/toml");
        JsonNode problem = Http.json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(415);
        assertThat(problem.path("detail").asText()).isEqualTo(
                "Content type 'text/plain;charset=UTF-8' is not a blueprint format; send application/json, application/toml.");
    }

    @Test
    void leavesTheErrorsOfEndpointsWithoutBlueprintsToTheApplication() throws IOException {
        HttpResponse<String> response = http.post("/notes", "text/plain", "{}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).doesNotContain("blueprint");
    }

    /**
     * A 400 problem as a client reads it: the members RFC 9457 defines, and exactly these findings
     * ({@code line:column SEVERITY CODE path}) in this order.
     */
    static void assertRefused(HttpResponse<String> response, String type, String... findings) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        JsonNode problem = Http.json(response);
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.path("title").asText()).isEqualTo(type.equals(INVALID)
                ? "The blueprint is not valid" : "The blueprint cannot be read");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).isEqualTo(response.request().uri().getPath());
        assertThat(Http.findings(response)).containsExactly(findings);
    }
}
