package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every conformance case through reading and validation, as the suite's README prescribes:
 * the composer profile with exactly the policies the case lists. Accepted documents get no
 * error; rejected ones get an error on the expected field with the expected rule, placed in
 * the source.
 */
class ConformanceValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BlueprintReader READER = BlueprintReader.builder().build();

    static List<ConformanceCase> cases() {
        return TestData.conformanceCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatesAsTheReferenceDoes(ConformanceCase c) throws IOException {
        JsonNode expect = JSON.readTree(c.expectJson());
        String format = expect.get("format").asText();
        boolean accept = expect.get("verdict").asText().equals("accept");
        if (!accept && expect.get("stage").asText().equals("parse")) {
            return; // the reader refuses these; ConformanceReadTest checks them
        }
        ReadResult read;
        try {
            read = READER.read(c.input(format), Format.valueOf(format.toUpperCase(Locale.ROOT)));
        } catch (BlueprintParseException e) {
            throw new AssertionError("the reference reads this document: " + e.diagnostics(), e);
        }
        ValidationReport report = BlueprintValidator.builder()
                .profile(Profile.COMPOSER).policies(policiesOf(expect)).build()
                .validate(read.blueprint(), read.sourceMap());
        if (accept) {
            assertThat(report.errors()).as("the reference accepts this blueprint").isEmpty();
            return;
        }
        Set<Map.Entry<String, String>> expected = expectedViolations(expect);
        assertThat(report.errors()).as("an error on the expected field with the expected rule " + expected)
                .anySatisfy(d -> assertThat(expected).contains(Map.entry(String.valueOf(d.path()), d.code())));
        assertThat(report.errors()).allSatisfy(d -> assertThat(d.line()).as("located: " + d).isNotNull());
    }

    static PathPolicies policiesOf(JsonNode expect) {
        if (!expect.has("policy")) {
            return PathPolicies.none();
        }
        List<String> names = new ArrayList<>();
        expect.get("policy").forEach(name -> names.add(name.asText()));
        return PathPolicies.named(names.toArray(String[]::new));
    }

    private static Set<Map.Entry<String, String>> expectedViolations(JsonNode expect) {
        Set<Map.Entry<String, String>> pairs = new HashSet<>();
        pairs.add(Map.entry(expect.get("field").asText(), expect.get("spec_rule").asText()));
        if (expect.has("violations")) {
            for (JsonNode v : expect.get("violations")) {
                pairs.add(Map.entry(v.get("field").asText(), v.get("spec_rule").asText()));
            }
        }
        return pairs;
    }
}
