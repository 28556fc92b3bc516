package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.io.internal.TomlSourceMap.IntegerLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TomlSourceMapTest {

    private static final String DOCUMENTATION_LAYOUT = """
            name = "example"
            version = "0.0.1"

            [[packages]]
            name = "tmux"
            version = "*"

            [[packages]]
            name = "openssh-server"

            [customizations]
            hostname = "baseimage"

            [customizations.kernel]
            append = "nosmt=force"

            [[customizations.user]]
            name = "admin"
            groups = ["widget", "users", "wheel"]

            [[customizations.user]]
            name = "other"
            """;

    private static final String DISK_LAYOUT = """
            [[customizations.disk.partitions]]
            type = "plain"
            mountpoint = "/data"

            [[customizations.disk.partitions]]
            type = "lvm"
            name = "mainvg"

            [[customizations.disk.partitions.logical_volumes]]
            name = "rootlv"
            mountpoint = "/"

            [[customizations.disk.partitions.logical_volumes]]
            name = "homelv"
            mountpoint = "/home"

            [[customizations.disk.partitions]]
            type = "btrfs"

            [[customizations.disk.partitions.subvolumes]]
            name = "root"
            """;

    private static final String FLATPAK_LAYOUT = """
            [[customizations.installer.payload.flatpaks.force]]
            ref = "app/org.example.One/x86_64/stable"

            [customizations.installer.payload.flatpaks.force.registry]
            url = "https://one.example.org"

            [[customizations.installer.payload.flatpaks.force]]
            ref = "app/org.example.Two/x86_64/stable"
            [customizations.installer.payload.flatpaks.force.registry]
            url = "https://two.example.org"
            """;

    private static String where(SourceMap map, String path) {
        return String.valueOf(((TomlSourceMap) map).find(path));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            name                                  | 1:1
            version                               | 2:1
            packages                              | 4:1
            packages[0]                           | 4:1
            packages[0].name                      | 5:1
            packages[0].version                   | 6:1
            packages[1]                           | 8:1
            packages[1].name                      | 9:1
            packages[1].version                   | 8:1
            packages[2].name                      | 4:1
            customizations                        | 11:1
            customizations.hostname               | 12:1
            customizations.kernel                 | 14:1
            customizations.kernel.append          | 15:1
            customizations.kernel.name            | 14:1
            customizations.user                   | 17:1
            customizations.user[0]                | 17:1
            customizations.user[0].name           | 18:1
            customizations.user[0].groups         | 19:1
            customizations.user[0].groups[0]      | 19:11
            customizations.user[0].groups[1]      | 19:21
            customizations.user[0].groups[2]      | 19:30
            customizations.user[0].groups[3]      | 19:1
            customizations.user[1]                | 21:1
            customizations.user[1].name           | 22:1
            customizations.user[1].groups         | 21:1
            customizations.firewall.ports         | 11:1
            """)
    void locatesTheDocumentationLayout(String path, String location) {
        assertThat(where(new TomlSourceMap(DOCUMENTATION_LAYOUT), path)).isEqualTo(location);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            customizations                                                 | 1:1
            customizations.disk                                            | 1:1
            customizations.disk.partitions                                 | 1:1
            customizations.disk.partitions[0]                              | 1:1
            customizations.disk.partitions[0].mountpoint                   | 3:1
            customizations.disk.partitions[0].logical_volumes[0]           | 1:1
            customizations.disk.partitions[1]                              | 5:1
            customizations.disk.partitions[1].name                         | 7:1
            customizations.disk.partitions[1].logical_volumes              | 9:1
            customizations.disk.partitions[1].logical_volumes[0]           | 9:1
            customizations.disk.partitions[1].logical_volumes[0].name      | 10:1
            customizations.disk.partitions[1].logical_volumes[0].mountpoint | 11:1
            customizations.disk.partitions[1].logical_volumes[1]           | 13:1
            customizations.disk.partitions[1].logical_volumes[1].mountpoint | 15:1
            customizations.disk.partitions[1].logical_volumes[1].fs_type   | 13:1
            customizations.disk.partitions[2]                              | 17:1
            customizations.disk.partitions[2].type                         | 18:1
            customizations.disk.partitions[2].logical_volumes              | 17:1
            customizations.disk.partitions[2].subvolumes[0]                | 20:1
            customizations.disk.partitions[2].subvolumes[0].name           | 21:1
            customizations.disk.partitions[1].subvolumes[0]                | 5:1
            """)
    void locatesNestedArraysOfTablesInTheLastElement(String path, String location) {
        assertThat(where(new TomlSourceMap(DISK_LAYOUT), path)).isEqualTo(location);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            customizations.installer.payload.flatpaks.force                   | 1:1
            customizations.installer.payload.flatpaks.force[0]                | 1:1
            customizations.installer.payload.flatpaks.force[0].ref            | 2:1
            customizations.installer.payload.flatpaks.force[0].registry       | 4:1
            customizations.installer.payload.flatpaks.force[0].registry.url   | 5:1
            customizations.installer.payload.flatpaks.force[1]                | 7:1
            customizations.installer.payload.flatpaks.force[1].ref            | 8:1
            customizations.installer.payload.flatpaks.force[1].registry       | 9:1
            customizations.installer.payload.flatpaks.force[1].registry.url   | 10:1
            """)
    void locatesTableHeaderInsideTheLastArrayElement(String path, String location) {
        assertThat(where(new TomlSourceMap(FLATPAK_LAYOUT), path)).isEqualTo(location);
    }

    @Test
    void startsNestedArrayOfTablesAgainInEachNewElement() {
        TomlSourceMap map = new TomlSourceMap("""
                [[a]]
                [[a.b]]
                x = 1
                [[a.b]]
                [a.c]
                y = 2
                [[a]]
                [[a.b]]
                z = 3
                """);

        assertThat(where(map, "a[0].b[0].x")).isEqualTo("3:1");
        assertThat(where(map, "a[0].b[1]")).isEqualTo("4:1");
        assertThat(where(map, "a[0].c.y")).isEqualTo("6:1");
        assertThat(where(map, "a[1]")).isEqualTo("7:1");
        assertThat(where(map, "a[1].b")).isEqualTo("8:1");
        assertThat(where(map, "a[1].b[0]")).isEqualTo("8:1");
        assertThat(where(map, "a[1].b[0].z")).isEqualTo("9:1");
        assertThat(where(map, "a[1].b[1]")).isEqualTo("8:1");
        assertThat(where(map, "a.b")).isEqualTo("1:1");
    }

    @Test
    void locatesKeyInsideArrayOfTables() {
        TomlSourceMap map = new TomlSourceMap("""
                [[customizations.user]]
                  name = "admin"
                  key.type = "ssh"
                """);

        assertThat(where(map, "customizations.user[0].name")).isEqualTo("2:3");
        assertThat(where(map, "customizations.user[0].key")).isEqualTo("3:3");
        assertThat(where(map, "customizations.user[0].key.type")).isEqualTo("3:7");
    }

    @Test
    void locatesArrayOfInlineTables() {
        TomlSourceMap map = new TomlSourceMap("""
                packages = [{ name = "a" }, { name = "b", version = "1" }]
                """);

        assertThat(where(map, "packages")).isEqualTo("1:1");
        assertThat(where(map, "packages[0]")).isEqualTo("1:13");
        assertThat(where(map, "packages[0].name")).isEqualTo("1:15");
        assertThat(where(map, "packages[1]")).isEqualTo("1:29");
        assertThat(where(map, "packages[1].name")).isEqualTo("1:31");
        assertThat(where(map, "packages[1].version")).isEqualTo("1:43");
        assertThat(where(map, "packages[0].version")).isEqualTo("1:13");
    }

    @Test
    void locatesArraysSpanningLinesWithCommentsAndTrailingCommas() {
        TomlSourceMap map = new TomlSourceMap("""
                packages = [
                  { name = "tmux", version = "*" },   # the multiplexer
                  { name = "vim" },
                ]
                groups = [
                  "wheel", # admins
                  # more to come
                  "users",
                ]
                empty = [ ]
                after = 1
                """);

        assertThat(where(map, "packages[0]")).isEqualTo("2:3");
        assertThat(where(map, "packages[0].name")).isEqualTo("2:5");
        assertThat(where(map, "packages[0].version")).isEqualTo("2:20");
        assertThat(where(map, "packages[1]")).isEqualTo("3:3");
        assertThat(where(map, "packages[1].name")).isEqualTo("3:5");
        assertThat(where(map, "packages[2]")).isEqualTo("1:1");
        assertThat(where(map, "groups")).isEqualTo("5:1");
        assertThat(where(map, "groups[0]")).isEqualTo("6:3");
        assertThat(where(map, "groups[1]")).isEqualTo("8:3");
        assertThat(where(map, "empty[0]")).isEqualTo("10:1");
        assertThat(where(map, "after")).isEqualTo("11:1");
    }

    @Test
    void locatesNestedInlineTables() {
        TomlSourceMap map = new TomlSourceMap("k = { a = 1, b = { c = 2 }, d.e = 3 }\n");

        assertThat(where(map, "k")).isEqualTo("1:1");
        assertThat(where(map, "k.a")).isEqualTo("1:7");
        assertThat(where(map, "k.b")).isEqualTo("1:14");
        assertThat(where(map, "k.b.c")).isEqualTo("1:20");
        assertThat(where(map, "k.d")).isEqualTo("1:29");
        assertThat(where(map, "k.d.e")).isEqualTo("1:31");
    }

    @Test
    void locatesElementsOfNestedArrays() {
        TomlSourceMap map = new TomlSourceMap("m = [[1, 2], [3, [4, 5]], { name = \"x\" }]\n");

        assertThat(where(map, "m[0]")).isEqualTo("1:6");
        assertThat(where(map, "m[0][0]")).isEqualTo("1:7");
        assertThat(where(map, "m[0][1]")).isEqualTo("1:10");
        assertThat(where(map, "m[1]")).isEqualTo("1:14");
        assertThat(where(map, "m[1][0]")).isEqualTo("1:15");
        assertThat(where(map, "m[1][1]")).isEqualTo("1:18");
        assertThat(where(map, "m[1][1][0]")).isEqualTo("1:19");
        assertThat(where(map, "m[1][1][1]")).isEqualTo("1:22");
        assertThat(where(map, "m[2]")).isEqualTo("1:27");
        assertThat(where(map, "m[2].name")).isEqualTo("1:29");
    }

    @Test
    void locatesEachPartOfDottedKeys() {
        TomlSourceMap map = new TomlSourceMap("""
                customizations.hostname = "x"
                a.b.c = 1
                a.b.d = 2
                a . "b.c" . 'd' = 3
                  a.e=4
                """);

        assertThat(where(map, "customizations")).isEqualTo("1:1");
        assertThat(where(map, "customizations.hostname")).isEqualTo("1:16");
        assertThat(where(map, "a")).isEqualTo("2:1");
        assertThat(where(map, "a.b")).isEqualTo("2:3");
        assertThat(where(map, "a.b.c")).isEqualTo("2:5");
        assertThat(where(map, "a.b.d")).isEqualTo("3:5");
        assertThat(where(map, "a.\"b.c\"")).isEqualTo("4:5");
        assertThat(where(map, "a.\"b.c\".d")).isEqualTo("4:13");
        assertThat(where(map, "a.e")).isEqualTo("5:5");
    }

    @Test
    void locatesDottedKeysThroughArraysOfTables() {
        TomlSourceMap map = new TomlSourceMap("""
                [[customizations.user]]
                name = "a"
                [[customizations.user]]
                name = "b"
                [customizations]
                user.uid = 1
                """);

        assertThat(where(map, "customizations.user[1].uid")).isEqualTo("6:6");
        assertThat(where(map, "customizations.user[0].uid")).isEqualTo("1:1");
    }

    @Test
    void locatesQuotedKeysAndHeaders() {
        TomlSourceMap map = new TomlSourceMap("""
                "" = 0
                "a.b" = 1
                'x[1]' = 2
                "tab\\there" = 3
                "\\u00e9t\\U0001F600" = 4
                [ customizations . "weird key" ]
                x = 5
                """);

        assertThat(where(map, "\"\"")).isEqualTo("1:1");
        assertThat(where(map, "\"a.b\"")).isEqualTo("2:1");
        assertThat(where(map, "\"a.b\".c")).isEqualTo("2:1");
        assertThat(where(map, "\"x[1]\"")).isEqualTo("3:1");
        assertThat(where(map, "\"x[1]\"[0]")).isEqualTo("3:1");
        assertThat(where(map, "\"tab\\there\"")).isEqualTo("4:1");
        assertThat(where(map, "\"ét\uD83D\uDE00\"")).isEqualTo("5:1");
        assertThat(where(map, "customizations")).isEqualTo("6:1");
        assertThat(where(map, "customizations.\"weird key\"")).isEqualTo("6:1");
        assertThat(where(map, "customizations.\"weird key\".x")).isEqualTo("7:1");
        assertThat(where(map, "customizations.\"weird key\".y")).isEqualTo("6:1");
        assertThat(where(map, "a")).isEqualTo("null");
    }

    @Test
    void ignoresHeadersKeysAndCommentsInsideMultiLineStrings() {
        TomlSourceMap map = new TomlSourceMap("""
                description = \"""
                [fake]
                # x
                a = 1
                \"""
                name = "n"
                motd = '''
                [[fake2]]
                b = 2'''
                after = 1
                """);

        assertThat(where(map, "fake")).isEqualTo("null");
        assertThat(where(map, "a")).isEqualTo("null");
        assertThat(where(map, "fake2")).isEqualTo("null");
        assertThat(where(map, "b")).isEqualTo("null");
        assertThat(where(map, "description")).isEqualTo("1:1");
        assertThat(where(map, "name")).isEqualTo("6:1");
        assertThat(where(map, "motd")).isEqualTo("7:1");
        assertThat(where(map, "after")).isEqualTo("10:1");
    }

    @Test
    void findsTheEndOfEveryStringSpelling() {
        TomlSourceMap map = new TomlSourceMap("""
                a = \"""He said ""hi"" and \\\""" goes on\"""
                b = \"""ends with two quotes\"""\""
                c = '''one quote''''
                d = "escaped \\" quote # not a comment" # a comment
                e = 'C:\\path' # literal
                f = \"""
                line-ending backslash \\
                  continues\"""
                g = "ends in a backslash\\\\" # [fake]
                h = ''''''
                i = ""
                j = '[x] = 1'
                k = 1
                """);

        assertThat(where(map, "b")).isEqualTo("2:1");
        assertThat(where(map, "c")).isEqualTo("3:1");
        assertThat(where(map, "d")).isEqualTo("4:1");
        assertThat(where(map, "e")).isEqualTo("5:1");
        assertThat(where(map, "f")).isEqualTo("6:1");
        assertThat(where(map, "g")).isEqualTo("9:1");
        assertThat(where(map, "h")).isEqualTo("10:1");
        assertThat(where(map, "i")).isEqualTo("11:1");
        assertThat(where(map, "j")).isEqualTo("12:1");
        assertThat(where(map, "k")).isEqualTo("13:1");
        assertThat(where(map, "fake")).isEqualTo("null");
        assertThat(where(map, "x")).isEqualTo("null");
    }

    @Test
    void skipsEveryScalarSpelling() {
        TomlSourceMap map = new TomlSourceMap("""
                i1 = +99
                i2 = 1_000
                h = 0xDEAD_BEEF
                o = 0o755
                bn = 0b1101
                f1 = -3.14e+10
                f2 = inf
                f3 = -nan
                f4 = +inf
                t = true
                d1 = 1979-05-27 07:32:00
                d2 = 1979-05-27T07:32:00.999999-07:00
                d3 = 1979-05-27
                t1 = 07:32:00
                d4 = 1979-05-27 07:32:00Z # UTC
                dates = [1979-05-27 07:32:00, 1980-01-01]
                last = 1
                """);

        assertThat(where(map, "f4")).isEqualTo("9:1");
        assertThat(where(map, "d1")).isEqualTo("11:1");
        assertThat(where(map, "d2")).isEqualTo("12:1");
        assertThat(where(map, "t1")).isEqualTo("14:1");
        assertThat(where(map, "dates[0]")).isEqualTo("16:10");
        assertThat(where(map, "dates[1]")).isEqualTo("16:31");
        assertThat(where(map, "last")).isEqualTo("17:1");
    }

    @Test
    void countsCrLfAsOneLineBreak() {
        TomlSourceMap map = new TomlSourceMap(String.join("\r\n",
                "a = 1", "[t]", "b = [", "  1,", "  2", "] # done", "s = \"\"\"", "x", "\"\"\"", "[[u]]", "\tc = 3", ""));

        assertThat(where(map, "a")).isEqualTo("1:1");
        assertThat(where(map, "t")).isEqualTo("2:1");
        assertThat(where(map, "t.b")).isEqualTo("3:1");
        assertThat(where(map, "t.b[0]")).isEqualTo("4:3");
        assertThat(where(map, "t.b[1]")).isEqualTo("5:3");
        assertThat(where(map, "t.s")).isEqualTo("7:1");
        assertThat(where(map, "u[0]")).isEqualTo("10:1");
        assertThat(where(map, "u[0].c")).isEqualTo("11:2");
    }

    @Test
    void countsColumnsInUtf16Chars() {
        TomlSourceMap map = new TomlSourceMap("t = { a = \"\uD83D\uDE00\", b = 1 }\n\"ключ\" = { c = 2 }\n");

        assertThat(where(map, "t.b")).isEqualTo("1:17");
        assertThat(where(map, "\"ключ\".c")).isEqualTo("2:12");
    }

    @Test
    void fallsBackToTheNearestWrittenAncestor() {
        TomlSourceMap map = new TomlSourceMap("""
                name = "x"

                [customizations]
                [customizations.kernel]
                append = "quiet"
                """);

        assertThat(where(map, "customizations.kernel.name")).isEqualTo("4:1");
        assertThat(where(map, "customizations.user[3].groups[1]")).isEqualTo("3:1");
        assertThat(where(map, "packages[0].name")).isEqualTo("null");
        assertThat(where(map, "")).isEqualTo("null");
        assertThat(map.find(null)).isNull();
        assertThat(map.locate(null)).isEqualTo(Paths.DOCUMENT_START);
    }

    @Test
    void locatesNothingInAnEmptyDocument() {
        assertThat(new TomlSourceMap("").find("name")).isNull();
        assertThat(new TomlSourceMap("# only a comment\n\n").find("name")).isNull();
        assertThat(new TomlSourceMap("").integerLiterals(1)).isEmpty();
    }

    @Test
    void listsDecimalIntegerLiteralsWithTheirPathTextAndLocation() {
        TomlSourceMap map = new TomlSourceMap("""
                big = 9223372036854775807
                neg = -9_223_372_036_854_775_808
                small = 42
                hex = 0x7FFFFFFFFFFFFFFF
                octal = 0o777777777777777777777
                float = 9223372036854775807.0
                exp = 1234567890123456789e0
                str = "9223372036854775807"
                multi = \"""
                x = 9223372036854775807\"""
                date = 1979-05-27
                list = [1, 12345678901234567890]
                [t]
                n = +1234567890123456789
                k = { uid = 1234567890123456789 }
                """);

        assertThat(map.integerLiterals(19)).containsExactly(
                new IntegerLiteral("big", "9223372036854775807", new SourceLocation(1, 7)),
                new IntegerLiteral("neg", "-9_223_372_036_854_775_808", new SourceLocation(2, 7)),
                new IntegerLiteral("list[1]", "12345678901234567890", new SourceLocation(12, 12)),
                new IntegerLiteral("t.n", "+1234567890123456789", new SourceLocation(14, 5)),
                new IntegerLiteral("t.k.uid", "1234567890123456789", new SourceLocation(15, 13)));
        assertThat(map.integerLiterals(1)).extracting(IntegerLiteral::path)
                .containsExactly("big", "neg", "small", "list[0]", "list[1]", "t.n", "t.k.uid");
        assertThat(map.integerLiterals(20)).extracting(IntegerLiteral::text).containsExactly("12345678901234567890");
    }

    @Test
    void scansOnceForAllThreads() throws Exception {
        TomlSourceMap map = new TomlSourceMap(DOCUMENTATION_LAYOUT);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> where(map, "customizations.user[0].groups[2]")));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("19:30");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverThrowsOnBrokenText() {
        String valid = DOCUMENTATION_LAYOUT + DISK_LAYOUT.replace("[[customizations.disk", "[[c.disk")
                + "k = { a = [1, { b = \"\"\"x\"\"\" }], c = 'y' }\nm = '''z'''\nn = 1979-05-27 07:32:00\n";
        for (int end = 0; end <= valid.length(); end++) {
            assertNeverThrows(valid.substring(0, end));
        }
        Random random = new Random(4711);
        String alphabet = "[]{}\"'=.,#\\ \t\r\n\n\nab1_-+:xe\u00e9\uD83D";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertNeverThrows(text.toString());
            char[] mutated = valid.toCharArray();
            for (int i = 0; i < 3; i++) {
                mutated[random.nextInt(mutated.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            assertNeverThrows(new String(mutated));
        }
    }

    @Test
    void locatesDeepNesting() {
        int depth = 1000;
        TomlSourceMap map = new TomlSourceMap("a = " + "[".repeat(depth) + "]".repeat(depth) + "\nb = 1\n");

        assertThat(where(map, "a" + "[0]".repeat(depth - 1))).isEqualTo("1:" + (depth + 4));
        assertThat(where(map, "b")).isEqualTo("2:1");
    }

    @Test
    void stopsAtAbsurdNesting() {
        int depth = 100_000;
        TomlSourceMap map = new TomlSourceMap("a = " + "[".repeat(depth) + "]".repeat(depth) + "\nb = 1\n");

        assertThat(where(map, "a[0][0]")).isEqualTo("1:7");
        assertThat(where(map, "b")).isEqualTo("null");
        assertThat(where(new TomlSourceMap("k" + ".k".repeat(depth) + " = 1\nb = 1\n"), "b")).isEqualTo("null");
        assertNeverThrows("a = " + "{ b = ".repeat(depth));
    }

    private static void assertNeverThrows(String text) {
        assertThatCode(() -> {
            TomlSourceMap map = new TomlSourceMap(text);
            map.locate("a.b[0].c");
            map.integerLiterals(1);
        }).as("scanning %s", text).doesNotThrowAnyException();
    }
}
