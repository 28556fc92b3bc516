package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathsTest {

    @Test
    void writesBareKeysAsTheyAre() {
        assertThat(Paths.key(null, "name")).isEqualTo("name");
        assertThat(Paths.key("", "logical_volumes")).isEqualTo("logical_volumes");
        assertThat(Paths.key("customizations", "ca-certs")).isEqualTo("customizations.ca-certs");
        assertThat(Paths.key("a[0]", "B9")).isEqualTo("a[0].B9");
    }

    @Test
    void quotesKeysThatAreNotBare() {
        assertThat(Paths.key("customizations", "weird key")).isEqualTo("customizations.\"weird key\"");
        assertThat(Paths.key(null, "a.b")).isEqualTo("\"a.b\"");
        assertThat(Paths.key(null, "")).isEqualTo("\"\"");
        assertThat(Paths.key(null, "x[1]")).isEqualTo("\"x[1]\"");
        assertThat(Paths.key(null, "é")).isEqualTo("\"é\"");
    }

    @Test
    void escapesQuotedKeysLikeJsonStrings() {
        assertThat(Paths.key(null, "say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
        assertThat(Paths.key(null, "C:\\dir")).isEqualTo("\"C:\\\\dir\"");
        assertThat(Paths.key(null, "a\nb\tc\rd\be\ff")).isEqualTo("\"a\\nb\\tc\\rd\\be\\ff\"");
        assertThat(Paths.key(null, "bell\u0007")).isEqualTo("\"bell\\u0007\"");
        assertThat(Paths.key(null, "\u001f")).isEqualTo("\"\\u001F\"");
    }

    @Test
    void appendsIndexesToTheirArray() {
        assertThat(Paths.index("packages", 1)).isEqualTo("packages[1]");
        assertThat(Paths.index("m[0]", 2)).isEqualTo("m[0][2]");
        assertThat(Paths.index(null, 0)).isEqualTo("[0]");
        assertThat(Paths.index("", 3)).isEqualTo("[3]");
    }

    @Test
    void rendersNestedPaths() {
        String user = Paths.index(Paths.key("customizations", "user"), 0);
        assertThat(Paths.index(Paths.key(user, "groups"), 2)).isEqualTo("customizations.user[0].groups[2]");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            name                                         | NULL
            packages[1]                                  | packages
            packages[1].version                          | packages[1]
            m[0][2]                                      | m[0]
            [0]                                          | NULL
            [0].a                                        | [0]
            customizations."weird key".x                 | customizations."weird key"
            customizations."weird key"                   | customizations
            "a.b"                                        | NULL
            "a.b".c                                      | "a.b"
            "x[1]"[0]                                    | "x[1]"
            "say \\"a.b\\" [0]".c                        | "say \\"a.b\\" [0]"
            "back\\\\".c                                 | "back\\\\"
            """)
    void stripsTheLastSegment(String path, String parent) {
        assertThat(parent(path)).isEqualTo(parent);
    }

    @Test
    void stripsExactlyWhatKeyAndIndexAppended() {
        for (String key : new String[] {"plain", "a.b", "[0]", "say \"x.y\"", "back\\", "", "x\\\".y"}) {
            String parent = Paths.key("root", key);
            assertThat(parent(Paths.key(parent, "child"))).isEqualTo(parent);
            assertThat(parent(Paths.index(parent, 4))).isEqualTo(parent);
            assertThat(parent(parent)).isEqualTo("root");
        }
    }

    @Test
    void splitsPathsIntoTheSegmentsThatRenderedThem() {
        assertThat(segments("customizations.user[0].groups[2]"))
                .containsExactly("customizations", ".user", "[0]", ".groups", "[2]");
        assertThat(segments("m[0][2]")).containsExactly("m", "[0]", "[2]");
        assertThat(segments("[0].a")).containsExactly("[0]", ".a");
        assertThat(segments("\"a.b\"[1].\"say \\\"x[0].y\\\"\".\"back\\\\\".z"))
                .containsExactly("\"a.b\"", "[1]", ".\"say \\\"x[0].y\\\"\"", ".\"back\\\\\"", ".z");
        assertThat(segments("name")).containsExactly("name");
        assertThat(segments("")).isEmpty();
    }

    /** The segments of a path, as {@link Paths#segmentEnd} finds them. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (int start = 0, end; start < path.length(); start = end) {
            end = Paths.segmentEnd(path, start);
            segments.add(path.substring(start, end));
        }
        return segments;
    }

    /** The path without its last segment, or null if it has only one. */
    private static String parent(String path) {
        List<String> segments = segments(path);
        return segments.size() < 2 ? null : path.substring(0, path.length() - segments.get(segments.size() - 1).length());
    }
}
