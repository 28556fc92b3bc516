package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.TestData;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the conformance suite through the reader, as its README prescribes:
 * accepted documents read and match their {@code normalized} part, {@code stage = parse}
 * rejects are refused on the expected field with the expected rule, {@code stage = validate}
 * rejects read (validation refuses them). No parse-stage check was moved to validation.
 */
class ConformanceReadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BlueprintReader READER = BlueprintReader.builder().build();
    /** The reference's view of a read blueprint: sizes in bytes, ignored keys gone. */
    private static final BlueprintWriter REFERENCE_JSON = BlueprintWriter.builder()
            .sizeStyle(BlueprintWriter.SizeStyle.BYTES).unknownKeys(false).build();

    static List<ConformanceCase> cases() {
        return TestData.conformanceCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsTheReferenceDoes(ConformanceCase c) throws Exception {
        JsonNode expect = JSON.readTree(c.expectJson());
        String formatName = expect.get("format").asText();
        Format format = Format.valueOf(formatName.toUpperCase(java.util.Locale.ROOT));
        String input = c.input(formatName);
        boolean parseReject = expect.get("verdict").asText().equals("reject")
                && expect.get("stage").asText().equals("parse");

        if (parseReject) {
            BlueprintParseException refused = catchThrowableOfType(BlueprintParseException.class,
                    () -> READER.read(input, format));
            assertThat(refused).as("the reference refuses this document while reading").isNotNull();
            assertThat(refused.errors()).as("an error on the expected field with the expected rule")
                    .anySatisfy(d -> assertThat(expected(expect)).contains(Map.entry(fieldOf(d), d.code())));
            assertThat(refused.errors()).allSatisfy(d -> assertThat(d.message()).doesNotContain("java."));
            return;
        }
        ReadResult result = READER.read(input, format);
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        if (expect.has("normalized")) {
            JsonNode written = JSON.readTree(REFERENCE_JSON.toJson(result.blueprint()));
            assertMatches(expect.get("normalized"), written, "");
        }
        Blueprint again = READER.read(BlueprintWriter.builder().build().write(result.blueprint(), format), format)
                .blueprint();
        assertThat(again).as("written back and read again").isEqualTo(result.blueprint());
        assertThatCode(() -> READER.read(Blueprints.toToml(result.blueprint()), Format.TOML)).doesNotThrowAnyException();
    }

    /** The (field, rule) pairs a refusal may name: the case's own and those of its violations. */
    private static Set<Map.Entry<String, String>> expected(JsonNode expect) {
        Set<Map.Entry<String, String>> pairs = new HashSet<>();
        pairs.add(Map.entry(text(expect.get("field")), text(expect.get("spec_rule"))));
        if (expect.has("violations")) {
            for (JsonNode v : expect.get("violations")) {
                pairs.add(Map.entry(text(v.get("field")), text(v.get("spec_rule"))));
            }
        }
        return pairs;
    }

    private static String fieldOf(Diagnostic d) {
        return d.path() == null ? "-" : d.path();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "-" : node.asText();
    }

    /** The suite's partial matching: listed members must match, null means absent. */
    static void assertMatches(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertThat(actual).as(path).isNotNull();
            expected.properties().forEach(member -> {
                JsonNode value = actual.get(member.getKey());
                String at = path + "." + member.getKey();
                if (member.getValue().isNull()) {
                    assertThat(value == null || value.isNull()).as(at + " must be absent").isTrue();
                } else {
                    assertThat(value).as(at).isNotNull();
                    assertMatches(member.getValue(), value, at);
                }
            });
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is a list").isTrue();
            assertThat(actual.size()).as(path + " length").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path + " is a number").isTrue();
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
