package io.github.blueprint4j.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code @Valid} checks exactly what the configuration says, once: Spring's own validation of the
 * argument adds nothing the configured checker does not find. Here the image-builder profile, in
 * which a blueprint needs no name, and no path policies (for the RHEL 9.6 guest image of
 * {@code application.properties}).
 */
@SpringBootTest(classes = BlueprintTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "blueprint4j.profile=image-builder", "blueprint4j.strict=false",
            "blueprint4j.policies="})
class ConfiguredChecksTest extends RunningApplication {

    @Test
    void aBlueprintWithoutNameIsAcceptedInTheImageBuilderProfile() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", BlueprintEndpointTest.TOML,
                "[customizations]\nhostname = \"web01\"\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("customizations").path("hostname").asText()).isEqualTo("web01");
    }

    @Test
    void aMountpointTheDefaultPoliciesRefuseIsAcceptedWithoutPolicies() throws IOException {
        HttpResponse<String> response = http.post("/blueprints", BlueprintEndpointTest.TOML,
                "[[customizations.filesystem]]\nmountpoint = \"/etc\"\nminsize = \"1 GiB\"\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
