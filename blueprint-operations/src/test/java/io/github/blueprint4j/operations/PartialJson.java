package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** The conformance suite's partial matching of expected JSON: listed members must match, null means absent. */
final class PartialJson {

    private PartialJson() {
    }

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
