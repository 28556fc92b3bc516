package io.github.blueprint4j.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.github.blueprint4j.io.ReadResult;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the converters write is what the servers accept: every hosted request and every cloud API
 * compose request made from a conformance case or a corpus document passes the request
 * validation of the OpenAPI document the server validates requests with (Atlassian's
 * swagger-request-validator, as the servers' kin-openapi middleware does).
 */
class OpenApiSchemaTest {

    private static final OpenApiInteractionValidator HOSTED = validator("image-builder-crc-api.yaml");
    private static final OpenApiInteractionValidator CLOUD_API = validator("composer-cloudapi-v2.yml");

    static OpenApiInteractionValidator validator(String file) {
        String url = Objects.requireNonNull(OpenApiSchemaTest.class.getResource("schemas/" + file)).toExternalForm();
        // authentication is the server's business, not the document's
        return OpenApiInteractionValidator.createForSpecificationUrl(url)
                .withLevelResolver(LevelResolver.create().withLevel("validation.request.security.missing",
                        ValidationReport.Level.IGNORE).build())
                .build();
    }

    static ValidationReport validateHosted(String json) {
        return HOSTED.validateRequest(SimpleRequest.Builder.post("/api/image-builder/v1/blueprints")
                .withContentType("application/json").withBody(json).build());
    }

    static ValidationReport validateCloudApi(String json) {
        return CLOUD_API.validateRequest(SimpleRequest.Builder.post("/api/image-builder-composer/v2/compose")
                .withContentType("application/json").withBody(json).build());
    }

    static Stream<Arguments> documents() {
        return Documents.readable().stream();
    }

    @Test
    void suitesHoldEveryReadableDocument() {
        assertThat(Documents.readable()).hasSizeGreaterThan(200);
    }

    @Test
    void validatorRefusesWhatTheSchemaRefuses() {
        assertThat(validateHosted("{\"name\": \"x\", \"customizations\": {}, \"image_requests\": []}").hasErrors()).isTrue();
        assertThat(validateHosted("{\"name\": \"x\", \"customizations\": {\"fips\": {\"enabled\": true, \"x\": 1}},"
                + " \"image_requests\": [{\"architecture\": \"x86_64\", \"image_type\": \"guest-image\","
                + " \"upload_request\": {\"type\": \"aws.s3\", \"options\": {}}}]}").hasErrors()).isTrue();
        assertThat(validateCloudApi("{\"blueprint\": {\"name\": \"x\", \"architecture\": \"x86_64\"}}").hasErrors()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void hostedRequestPassesTheHostedSchema(String name, ReadResult read) {
        Conversion<String> hosted = Interchange.toHosted(read, Documents.OPTIONS);
        ValidationReport report = validateHosted(hosted.result());
        assertThat(report.getMessages()).as(hosted.result()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void composeRequestPassesTheCloudApiSchema(String name, ReadResult read) {
        Conversion<String> cloud = Interchange.toCloudApi(read, Documents.OPTIONS);
        ValidationReport report = validateCloudApi(cloud.result());
        assertThat(report.getMessages()).as(cloud.result()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void bibConfigReadsBack(String name, ReadResult read) {
        for (String type : List.of("qcow2", "anaconda-iso")) {
            Conversion<io.github.blueprint4j.model.Blueprint> bib =
                    Interchange.toBib(read, ConversionOptions.builder().imageType(type).build());
            String toml = io.github.blueprint4j.io.Blueprints.toToml(bib.result());
            assertThat(Interchange.fromBib(toml, io.github.blueprint4j.io.Format.TOML).result()).isEqualTo(bib.result());
        }
    }
}
