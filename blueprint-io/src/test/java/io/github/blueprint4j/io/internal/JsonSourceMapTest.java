package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.blueprint4j.diagnostic.SourceMap;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSourceMapTest {

    private static final String BLUEPRINT = """
            {
              "name": "example",
              "packages": [
                {"name": "tmux", "version": "*"},
                {"name": "vim"}
              ],
              "customizations": {
                "user": [{"name": "admin", "groups": ["wheel", "users"]}],
                "weird key": {"x": 1}
              }
            }
            """;

    private static String where(SourceMap map, String path) {
        return String.valueOf(((JsonSourceMap) map).find(path));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name                                  | 2:3
            packages                              | 3:3
            packages[0]                           | 4:5
            packages[0].name                      | 4:6
            packages[0].version                   | 4:22
            packages[1]                           | 5:5
            packages[1].name                      | 5:6
            packages[1].version                   | 5:5
            packages[2]                           | 3:3
            customizations                        | 7:3
            customizations.user                   | 8:5
            customizations.user[0]                | 8:14
            customizations.user[0].name           | 8:15
            customizations.user[0].groups         | 8:32
            customizations.user[0].groups[0]      | 8:43
            customizations.user[0].groups[1]      | 8:52
            customizations.user[0].uid            | 8:14
            customizations."weird key"            | 9:5
            customizations."weird key".x          | 9:19
            customizations.kernel.append          | 7:3
            distro                                | null
            """)
    void locatesMembersAndElements(String path, String location) {
        assertThat(where(new JsonSourceMap(BLUEPRINT), path)).isEqualTo(location);
    }

    @Test
    void locatesElementsOfNestedArrays() {
        JsonSourceMap map = new JsonSourceMap("{\"m\": [[1, 2], [3, [4]]]}");

        assertThat(where(map, "m")).isEqualTo("1:2");
        assertThat(where(map, "m[0]")).isEqualTo("1:8");
        assertThat(where(map, "m[0][0]")).isEqualTo("1:9");
        assertThat(where(map, "m[0][1]")).isEqualTo("1:12");
        assertThat(where(map, "m[1]")).isEqualTo("1:16");
        assertThat(where(map, "m[1][0]")).isEqualTo("1:17");
        assertThat(where(map, "m[1][1]")).isEqualTo("1:20");
        assertThat(where(map, "m[1][1][0]")).isEqualTo("1:21");
        assertThat(where(map, "m[1][1][1]")).isEqualTo("1:20");
    }

    @Test
    void locatesElementsOfARootArray() {
        JsonSourceMap map = new JsonSourceMap("[{\"a\": 1}, 2]");

        assertThat(where(map, "[0]")).isEqualTo("1:2");
        assertThat(where(map, "[0].a")).isEqualTo("1:3");
        assertThat(where(map, "[1]")).isEqualTo("1:12");
        assertThat(where(map, "[2]")).isEqualTo("null");
    }

    @Test
    void keepsTheLastOccurrenceOfARepeatedKey() {
        JsonSourceMap map = new JsonSourceMap("""
                {"a": {"x": 1, "y": [1, 2]}, "a-b": 1, "ab": {"c": 2}, "a.b": 3,
                 "a": {"z": 2}, "ab": 4}
                """);

        assertThat(where(map, "a")).isEqualTo("2:2");
        assertThat(where(map, "a.z")).isEqualTo("2:8");
        assertThat(where(map, "a.x")).isEqualTo("2:2");
        assertThat(where(map, "a.y[1]")).isEqualTo("2:2");
        assertThat(where(map, "a-b")).isEqualTo("1:30");
        assertThat(where(map, "\"a.b\"")).isEqualTo("1:56");
        assertThat(where(map, "ab")).isEqualTo("2:17");
        assertThat(where(map, "ab.c")).isEqualTo("2:17");
    }

    @Test
    void keepsTheLastOccurrenceOfARepeatedArray() {
        JsonSourceMap map = new JsonSourceMap("{\"a\": [[1], 2, 3], \"a\": [4]}");

        assertThat(where(map, "a")).isEqualTo("1:20");
        assertThat(where(map, "a[0]")).isEqualTo("1:26");
        assertThat(where(map, "a[0][0]")).isEqualTo("1:26");
        assertThat(where(map, "a[2]")).isEqualTo("1:20");
    }

    @Test
    void quotesKeysThatAreNotBare() {
        JsonSourceMap map = new JsonSourceMap("{\"customizations\": {\"a.b\": {\"say \\\"hi\\\"\": [true]}}}");

        assertThat(where(map, "customizations.\"a.b\"")).isEqualTo("1:21");
        assertThat(where(map, "customizations.\"a.b\".\"say \\\"hi\\\"\"")).isEqualTo("1:29");
        assertThat(where(map, "customizations.\"a.b\".\"say \\\"hi\\\"\"[0]")).isEqualTo("1:44");
    }

    @Test
    void countsCrLfAsOneLineBreakAndColumnsInUtf16Chars() {
        JsonSourceMap map = new JsonSourceMap("{\r\n  \"a\": 1,\r\n\"\u00e9\uD83D\uDE00\": 1, \"b\": 2\r\n}");

        assertThat(where(map, "a")).isEqualTo("2:3");
        assertThat(where(map, "\"\u00e9\uD83D\uDE00\"")).isEqualTo("3:1");
        assertThat(where(map, "b")).isEqualTo("3:11");
    }

    @Test
    void keepsWhatWasFoundBeforeABreak() {
        JsonSourceMap truncated = new JsonSourceMap("{\"a\": 1, \"b\": {\"c\": [1, 2");
        assertThat(where(truncated, "a")).isEqualTo("1:2");
        assertThat(where(truncated, "b.c")).isEqualTo("1:16");
        assertThat(where(truncated, "b.c[1]")).isEqualTo("1:25");

        JsonSourceMap doubleComma = new JsonSourceMap("{\"a\": 1,, \"b\": 2}");
        assertThat(where(doubleComma, "a")).isEqualTo("1:2");
        assertThat(where(doubleComma, "b")).isEqualTo("null");
    }

    @Test
    void locatesNothingInAnEmptyOrForeignDocument() {
        assertThat(new JsonSourceMap("").find("name")).isNull();
        assertThat(new JsonSourceMap("name = \"x\"").find("name")).isNull();
        assertThat(new JsonSourceMap("{\"name\": 1}").find(null)).isNull();
        assertThat(new JsonSourceMap("{\"name\": 1}").find("")).isNull();
    }

    @Test
    void locatesDeepNesting() {
        int depth = 999;
        JsonSourceMap map = new JsonSourceMap("{\"a\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"b\": 1}");

        assertThat(where(map, "a" + "[0]".repeat(depth - 1))).isEqualTo("1:" + (depth + 6));
        assertThat(where(map, "b")).isEqualTo("1:" + (2 * depth + 9));
    }

    @Test
    void stopsAtAbsurdNesting() {
        int depth = 100_000;
        JsonSourceMap map = new JsonSourceMap("{\"a\": " + "[".repeat(depth) + "]".repeat(depth) + ", \"b\": 1}");

        assertThat(where(map, "a[0][0]")).isEqualTo("1:9");
        assertThat(where(map, "b")).isEqualTo("null");
        assertNeverThrows("{\"a\": ".repeat(depth));
    }

    @Test
    void neverThrowsOnBrokenText() {
        for (int end = 0; end <= BLUEPRINT.length(); end++) {
            assertNeverThrows(BLUEPRINT.substring(0, end));
        }
        Random random = new Random(4711);
        String alphabet = "[]{}\":,\\ \n\r\tab1-.etrunl\uD83D";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertNeverThrows(text.toString());
        }
    }

    private static void assertNeverThrows(String text) {
        assertThatCode(() -> new JsonSourceMap(text).locate("a.b[0]")).as("walking %s", text)
                .doesNotThrowAnyException();
    }
}
