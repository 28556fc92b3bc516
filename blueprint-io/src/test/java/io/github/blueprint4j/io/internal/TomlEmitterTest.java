package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

class TomlEmitterTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TomlMapper TOML = TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build();

    @Test
    void writesDocumentationExample() {
        ObjectNode blueprint = json("""
                {"name": "web", "version": "1.0.0",
                 "packages": [{"name": "nginx"}, {"name": "vim", "version": "9.*"}],
                 "customizations": {"hostname": "web01", "kernel": {"append": "quiet"},
                                    "user": [{"name": "admin", "groups": ["wheel"]}]}}
                """);

        assertThat(roundTrip(blueprint)).isEqualTo("""
                name = "web"
                version = "1.0.0"

                [[packages]]
                name = "nginx"

                [[packages]]
                name = "vim"
                version = "9.*"

                [customizations]
                hostname = "web01"

                [customizations.kernel]
                append = "quiet"

                [[customizations.user]]
                name = "admin"
                groups = ["wheel"]
                """);
    }

    @Test
    void writesEmptyRootAsEmptyDocument() {
        assertThat(roundTrip(json("{}"))).isEmpty();
    }

    @Test
    void writesRootOfNullFieldsAsEmptyDocument() {
        assertThat(emit(json("{\"name\": null}"))).isEmpty();
    }

    @Test
    void writesEmptyTableWithHeader() {
        assertThat(roundTrip(json("{\"customizations\": {}}"))).isEqualTo("[customizations]\n");
    }

    @Test
    void writesEmptyTablesAtSeveralLevels() {
        ObjectNode tree = json("""
                {"name": "x", "a": {}, "customizations": {"iso": {}, "kernel": {"name": "k", "empty": {}}},
                 "deep": {"er": {"est": {}}}}
                """);

        assertThat(roundTrip(tree)).isEqualTo("""
                name = "x"

                [a]

                [customizations.iso]

                [customizations.kernel]
                name = "k"

                [customizations.kernel.empty]

                [deep.er.est]
                """);
    }

    @Test
    void writesTableOfNullFieldsAsEmptyTable() {
        assertThat(emit(json("{\"customizations\": {\"hostname\": null}}"))).isEqualTo("[customizations]\n");
    }

    @Test
    void leavesOutHeaderOfTableThatOnlyHoldsSubTables() {
        assertThat(roundTrip(json("{\"customizations\": {\"kernel\": {\"name\": \"x\"}}}")))
                .isEqualTo("[customizations.kernel]\nname = \"x\"\n");
    }

    @Test
    void leavesOutHeaderOfTableThatOnlyHoldsArraysOfTables() {
        assertThat(roundTrip(json("{\"customizations\": {\"user\": [{\"name\": \"a\"}], \"hostname\": null}}")))
                .isEqualTo("[[customizations.user]]\nname = \"a\"\n");
    }

    @Test
    void writesInlineEntriesBeforeSubTablesKeepingFieldOrder() {
        ObjectNode tree = json("""
                {"z": {"b": 1}, "a": 1, "y": [{"c": 2}], "b": [1, 2], "x": {"d": 3}}
                """);

        assertThat(roundTrip(tree)).isEqualTo("""
                a = 1
                b = [1, 2]

                [z]
                b = 1

                [[y]]
                c = 2

                [x]
                d = 3
                """);
    }

    @Test
    void skipsNullFieldsInTablesAndInlineTables() {
        ObjectNode tree = json("""
                {"a": null, "b": 1, "c": [{"d": null, "e": 2}, 3], "f": {"g": null, "h": true}}
                """);
        tree.set("p", NODES.pojoNode(null));
        tree.set("m", NODES.missingNode());

        assertThat(emit(tree)).isEqualTo("""
                b = 1
                c = [{ e = 2 }, 3]

                [f]
                h = true
                """);
    }

    @Test
    void rejectsNullArrayElement() {
        assertThatThrownBy(() -> TomlEmitter.write(json("{\"groups\": [\"wheel\", null]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TOML has no null, so an array cannot hold a null element (in the root table)");
    }

    @Test
    void rejectsNullElementNestedInArrayOfTables() {
        ObjectNode tree = json("{\"customizations\": {\"user\": [{\"groups\": [[null]]}]}}");

        assertThatThrownBy(() -> TomlEmitter.write(tree))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TOML has no null, so an array cannot hold a null element"
                        + " (in table [customizations.user])");
    }

    @Test
    void rejectsPojoOfNullAsArrayElement() {
        ObjectNode tree = NODES.objectNode();
        tree.putArray("a").add(NODES.pojoNode(null));

        assertThatThrownBy(() -> TomlEmitter.write(tree)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesEmptyArrayInline() {
        assertThat(roundTrip(json("{\"groups\": [], \"t\": {\"e\": []}}"))).isEqualTo("""
                groups = []

                [t]
                e = []
                """);
    }

    @Test
    void writesHeaderForEveryArrayOfTablesElementEvenEmpty() {
        assertThat(roundTrip(json("{\"packages\": [{}, {\"name\": \"x\"}, {}]}"))).isEqualTo("""
                [[packages]]

                [[packages]]
                name = "x"

                [[packages]]
                """);
    }

    @Test
    void writesArraysOfTablesNestedInArraysOfTables() {
        ObjectNode tree = json("""
                {"customizations": {"disk": {"minsize": "20 GiB", "partitions": [
                  {"type": "plain", "mountpoint": "/data"},
                  {"type": "lvm", "name": "mainvg", "logical_volumes": [
                    {"name": "rootlv", "mountpoint": "/"},
                    {"name": "homelv", "mountpoint": "/home", "fs_type": "ext4"}]},
                  {"type": "lvm", "logical_volumes": [{}]}]}}}
                """);

        assertThat(roundTrip(tree)).isEqualTo("""
                [customizations.disk]
                minsize = "20 GiB"

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
                fs_type = "ext4"

                [[customizations.disk.partitions]]
                type = "lvm"

                [[customizations.disk.partitions.logical_volumes]]
                """);
    }

    @Test
    void writesSubTableOfArrayOfTablesElement() {
        ObjectNode tree = json("""
                {"customizations": {"installer": {"payload": {"flatpaks": {"force": [
                  {"ref": "app/org.a/x86_64/stable", "registry": {"url": "https://a.example"}},
                  {"ref": "app/org.b/x86_64/stable", "registry": {"tls": {"verify": false}}}]}}}}}
                """);

        assertThat(roundTrip(tree)).isEqualTo("""
                [[customizations.installer.payload.flatpaks.force]]
                ref = "app/org.a/x86_64/stable"

                [customizations.installer.payload.flatpaks.force.registry]
                url = "https://a.example"

                [[customizations.installer.payload.flatpaks.force]]
                ref = "app/org.b/x86_64/stable"

                [customizations.installer.payload.flatpaks.force.registry.tls]
                verify = false
                """);
    }

    @Test
    void writesMixedArrayWithInlineTables() {
        assertThat(roundTrip(json("{\"mixed\": [{\"name\": \"a\", \"version\": \"1\"}, 2, \"x\", {}]}")))
                .isEqualTo("mixed = [{ name = \"a\", version = \"1\" }, 2, \"x\", {}]\n");
    }

    @Test
    void writesArrayOfArraysOfTablesInline() {
        assertThat(roundTrip(json("{\"nested\": [[{\"a\": 1}, {\"b\": {\"c\": [{}]}}], []]}")))
                .isEqualTo("nested = [[{ a = 1 }, { b = { c = [{}] } }], []]\n");
    }

    @Test
    void writesArraysOfScalarsOnOneLine() {
        assertThat(roundTrip(json("{\"groups\": [\"wheel\", \"adm\"], \"n\": [1, [2, 3], true]}")))
                .isEqualTo("groups = [\"wheel\", \"adm\"]\nn = [1, [2, 3], true]\n");
    }

    @Test
    void quotesKeysThatAreNotBare() {
        ObjectNode tree = json("""
                {"bare-Key_09": 1, "my key": 2, "a.b": 3, "": 4, "ключ": 5, "q\\"uote": 6, "new\\nline": 7,
                 "customizations": {"my key": {"x": 1}, "a.b": [{"y": 2}]}}
                """);

        assertThat(roundTrip(tree)).isEqualTo("""
                bare-Key_09 = 1
                "my key" = 2
                "a.b" = 3
                "" = 4
                "ключ" = 5
                "q\\"uote" = 6
                "new\\nline" = 7

                [customizations."my key"]
                x = 1

                [[customizations."a.b"]]
                y = 2
                """);
    }

    @Test
    void escapesQuotesAndBackslashesInBasicStrings() {
        assertThat(roundTrip(object("s", "say \"hi\" C:\\dir\\"))).isEqualTo("s = \"say \\\"hi\\\" C:\\\\dir\\\\\"\n");
    }

    @Test
    void escapesControlCharactersInBasicStrings() {
        assertThat(roundTrip(object("s", "\b\t\f\r\u0000\u001b\u001f\u007f")))
                .isEqualTo("s = \"\\b\\t\\f\\r\\u0000\\u001B\\u001F\\u007F\"\n");
    }

    @Test
    void writesNonAsciiCharactersAsTheyAre() {
        assertThat(roundTrip(object("s", "café 😀 ⌘"))).isEqualTo("s = \"café 😀 ⌘\"\n");
    }

    @Test
    void writesEmptyString() {
        assertThat(roundTrip(object("s", ""))).isEqualTo("s = \"\"\n");
    }

    @Test
    void writesSingleQuotesInBasicStringAsTheyAre() {
        assertThat(roundTrip(object("s", "it's '''"))).isEqualTo("s = \"it's '''\"\n");
    }

    @Test
    void writesStringWithLineFeedAsMultiLineLiteral() {
        assertThat(roundTrip(object("data", "[main]\ngpgcheck = 1\n\tpath = \"C:\\x\"\n")))
                .isEqualTo("data = '''\n[main]\ngpgcheck = 1\n\tpath = \"C:\\x\"\n'''\n");
    }

    @Test
    void writesStringThatIsOnlyLineFeed() {
        assertThat(roundTrip(object("s", "\n"))).isEqualTo("s = '''\n\n'''\n");
    }

    @Test
    void keepsLeadingLineFeedOfMultiLineString() {
        assertThat(roundTrip(object("s", "\n\nx"))).isEqualTo("s = '''\n\n\nx'''\n");
    }

    @Test
    void writesMultiLineBasicStringWhenContentHoldsTripleSingleQuotes() {
        assertThat(roundTrip(object("s", "a\n'''\\\"b\"")))
                .isEqualTo("s = \"\"\"\na\n'''\\\\\\\"b\\\"\"\"\"\n");
    }

    @Test
    void writesMultiLineBasicStringWhenContentEndsWithSingleQuote() {
        assertThat(roundTrip(object("s", "a\nit's'"))).isEqualTo("s = \"\"\"\na\nit's'\"\"\"\n");
    }

    @Test
    void writesMultiLineBasicStringWhenContentHoldsCarriageReturn() {
        assertThat(roundTrip(object("s", "line1\r\nline2\r\n")))
                .isEqualTo("s = \"\"\"\nline1\\r\nline2\\r\n\"\"\"\n");
    }

    @Test
    void writesMultiLineBasicStringWhenContentHoldsControlCharacter() {
        assertThat(roundTrip(object("s", "a\u0000\tb\n\u007f")))
                .isEqualTo("s = \"\"\"\na\\u0000\tb\n\\u007F\"\"\"\n");
    }

    @Test
    void writesMultiLineStringsInsideArraysAndInlineTables() {
        ObjectNode tree = json("{\"a\": [\"x\\ny\", \"z\"], \"m\": [{\"k\": \"1\\n2\\r\"}, 1]}");

        assertThat(roundTrip(tree)).isEqualTo("a = ['''\nx\ny''', \"z\"]\nm = [{ k = \"\"\"\n1\n2\\r\"\"\" }, 1]\n");
    }

    @ParameterizedTest
    @MethodSource("trickyStrings")
    void roundTripsTrickyStringsAsValuesKeysAndHeaders(String text) {
        ObjectNode tree = NODES.objectNode();
        tree.put("value", text);
        tree.putArray("array").add(text).add(text);
        tree.put(text, 1);
        tree.putObject("table").putObject(text).put(text, text);
        tree.putArray("tables").addObject().putArray(text).addObject().put("v", text);

        roundTrip(tree);
    }

    static Stream<String> trickyStrings() {
        return Stream.of("", "\n", "\n\n", "\r\n", "\r", "'", "''", "'''", "''''", "a'", "\n'", "\n''", "\"",
                "\"\"\"", "\n\"", "\n\"\"\"\n", "\\", "\\\n", "\n\\", "\\u0041", "\t", "\n\t\n", "\u0000", "\u007f",
                "\u001b", "\u0085\u2028\u2029", "😀", "\n😀\n", "é\nè", "a.b", "[x]", "#", "=", " ", "ključ",
                "---\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    }

    @Test
    void writesIntegerNodesInDecimal() {
        ObjectNode tree = NODES.objectNode();
        tree.put("int", -42);
        tree.put("long", 3_000_000_000L);
        tree.put("short", (short) 7);
        tree.put("big", BigInteger.valueOf(-123_456_789_012L));

        assertThat(roundTrip(tree)).isEqualTo("int = -42\nlong = 3000000000\nshort = 7\nbig = -123456789012\n");
    }

    @Test
    void writesSignedSixtyFourBitExtremesAsIntegers() {
        ObjectNode tree = NODES.objectNode();
        tree.put("max", Long.MAX_VALUE);
        tree.put("min", BigInteger.valueOf(Long.MIN_VALUE));

        // jackson-dataformat-toml 2.22 misreads 19-digit integers (jackson-dataformats-text#663): check with tomlj
        String text = emit(tree);

        assertThat(text).isEqualTo("max = 9223372036854775807\nmin = -9223372036854775808\n");
        assertThat(tomlj(text)).isEqualTo(normalised(tree, false));
    }

    @Test
    void writesBigIntegerOutsideSixtyFourBitsAsString() {
        ObjectNode tree = NODES.objectNode();
        tree.put("above", BigInteger.ONE.shiftLeft(63));
        tree.put("below", BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE));

        String text = emit(tree);

        assertThat(text).isEqualTo("above = \"9223372036854775808\"\nbelow = \"-9223372036854775809\"\n");
        assertThat(jackson(text)).isEqualTo(json("{\"above\": \"9223372036854775808\", \"below\": \"-9223372036854775809\"}"));
    }

    @Test
    void writesFloatsWithFractionOrExponent() {
        ObjectNode tree = NODES.objectNode();
        tree.put("one", 1.0);
        tree.put("tenth", 0.1);
        tree.put("negative", -2.5);
        tree.put("large", 1.5e300);
        tree.put("small", 1e-5);
        tree.put("tiny", 1e-7);
        tree.put("million", 1e7);
        tree.put("float", 0.1f);
        tree.put("floatLarge", 3.4e38f);
        tree.put("zero", 0.0);
        tree.put("hundred", 100.0);
        tree.put("plainUpper", 1234567.5);
        tree.put("plainLower", -0.001);
        tree.put("largest", Double.MAX_VALUE);
        tree.put("pi", Math.PI);

        assertThat(roundTrip(tree)).isEqualTo("""
                one = 1.0
                tenth = 0.1
                negative = -2.5
                large = 1.5e+300
                small = 1.0e-5
                tiny = 1.0e-7
                million = 1.0e+7
                float = 0.1
                floatLarge = 3.4e+38
                zero = 0.0
                hundred = 100.0
                plainUpper = 1234567.5
                plainLower = -0.001
                largest = 1.7976931348623157e+308
                pi = 3.141592653589793
                """);
    }

    @Test
    void writesDecimalsWithTheirExactValueWhateverTheirScale() {
        ObjectNode tree = NODES.objectNode();
        tree.put("integral", new BigDecimal("12"));
        tree.put("scaled", new BigDecimal("1.50"));
        tree.put("exponent", new BigDecimal("1E+3"));
        tree.put("zero", new BigDecimal("0E+3"));
        tree.put("precise", new BigDecimal("-3.14159265358979323846264338327950288"));
        tree.put("preciseLarge", new BigDecimal("12345678901234567890.5"));
        tree.put("smallest", new BigDecimal("4.9E-324"));

        assertThat(roundTrip(tree)).isEqualTo("""
                integral = 12.0
                scaled = 1.5
                exponent = 1000.0
                zero = 0.0
                precise = -3.14159265358979323846264338327950288
                preciseLarge = 1.23456789012345678905e+19
                smallest = 4.9e-324
                """);
    }

    @Test
    void writesDecimalOutsideDoubleRangeAsString() {
        ObjectNode tree = NODES.objectNode();
        tree.put("huge", new BigDecimal("1E+400"));
        tree.put("minute", new BigDecimal("-1E-400"));

        assertThat(emit(tree)).isEqualTo("huge = \"1E+400\"\nminute = \"-1E-400\"\n");
    }

    @Test
    void writesNanAndInfinities() {
        ObjectNode tree = NODES.objectNode();
        tree.put("nan", Double.NaN);
        tree.put("inf", Double.POSITIVE_INFINITY);
        tree.put("ninf", Double.NEGATIVE_INFINITY);
        tree.put("fnan", Float.NaN);
        tree.put("finf", Float.POSITIVE_INFINITY);
        tree.put("fninf", Float.NEGATIVE_INFINITY);

        assertThat(roundTrip(tree)).isEqualTo("nan = nan\ninf = inf\nninf = -inf\nfnan = nan\nfinf = inf\nfninf = -inf\n");
    }

    @Test
    void writesNegativeZero() {
        ObjectNode tree = NODES.objectNode();
        tree.put("d", -0.0);
        tree.put("f", -0.0f);

        // Jackson reads floats as BigDecimal, which has no negative zero: check with tomlj
        String text = emit(tree);

        assertThat(text).isEqualTo("d = -0.0\nf = -0.0\n");
        assertThat(Double.doubleToRawLongBits(Toml.parse(text).getDouble("d"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void writesBooleans() {
        assertThat(roundTrip(json("{\"yes\": true, \"no\": false}"))).isEqualTo("yes = true\nno = false\n");
    }

    @Test
    void writesDateTimesAsTomlLiterals() {
        ObjectNode tree = NODES.objectNode();
        tree.putPOJO("date", LocalDate.of(1979, 5, 27));
        tree.putPOJO("time", LocalTime.of(7, 32));
        tree.putPOJO("millis", LocalTime.of(7, 32, 0, 500_000_000));
        tree.putPOJO("nanos", LocalTime.of(0, 0, 1, 123_456_789));
        tree.putPOJO("micros", LocalTime.of(23, 59, 59, 5_000));
        tree.putPOJO("local", LocalDateTime.of(1979, 5, 27, 7, 32));
        tree.putPOJO("utc", OffsetDateTime.of(1979, 5, 27, 7, 32, 0, 0, ZoneOffset.UTC));
        tree.putPOJO("offset", OffsetDateTime.of(1979, 5, 27, 0, 32, 0, 999_999_000, ZoneOffset.ofHours(-7)));
        tree.putPOJO("india", OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));

        assertThat(roundTrip(tree)).isEqualTo("""
                date = 1979-05-27
                time = 07:32:00
                millis = 07:32:00.5
                nanos = 00:00:01.123456789
                micros = 23:59:59.000005
                local = 1979-05-27T07:32:00
                utc = 1979-05-27T07:32:00Z
                offset = 1979-05-27T00:32:00.999999-07:00
                india = 0001-01-01T00:00:00+05:30
                """);
    }

    @Test
    void writesNegativeOffsetUnderAnHourWithItsSign() {
        ObjectNode tree = NODES.objectNode();
        tree.putPOJO("at", OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(0, -30)));

        // tomlj 1.1.1 reads -00:30 as +00:30, so only Jackson can check the value
        String text = emit(tree);

        assertThat(text).isEqualTo("at = 2000-01-01T00:00:00-00:30\n");
        assertJacksonRoundTrip(tree, text);
    }

    @Test
    void writesDateTimesInsideArraysAndInlineTables() {
        ObjectNode tree = NODES.objectNode();
        tree.putArray("list").addPOJO(LocalDate.of(2024, 2, 29)).addPOJO(LocalTime.MIDNIGHT);
        tree.putArray("mixed").add(1).addObject().putPOJO("at", LocalDateTime.of(2024, 1, 1, 12, 0));
        tree.put("after", 1);

        // tomlj 1.1.1 rejects a date directly before ] or } (fixed by tomlj/tomlj#86): check with Jackson
        String text = written(tree);

        assertThat(text).isEqualTo("""
                list = [2024-02-29, 00:00:00]
                mixed = [1, { at = 2024-01-01T12:00:00 }]
                after = 1
                """);
        assertJacksonRoundTrip(tree, text);
    }

    @Test
    void writesDateTimesTomlCannotHoldAsStrings() {
        ObjectNode tree = NODES.objectNode();
        tree.putPOJO("future", LocalDate.of(10_000, 1, 1));
        tree.putPOJO("past", LocalDateTime.of(-1, 1, 1, 0, 0));
        tree.putPOJO("seconds", OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30)));

        assertThat(emit(tree)).isEqualTo("""
                future = "+10000-01-01"
                past = "-0001-01-01T00:00"
                seconds = "2000-01-01T00:00+01:00:30"
                """);
    }

    @Test
    void writesOtherPojosAsTheirStrings() {
        ObjectNode tree = NODES.objectNode();
        tree.putPOJO("uri", URI.create("https://example.com/a?b=c"));
        tree.putPOJO("quoted", new StringBuilder("say \"hi\""));
        tree.putPOJO("lines", new StringBuilder("a\nb"));

        assertThat(emit(tree)).isEqualTo("""
                uri = "https://example.com/a?b=c"
                quoted = "say \\"hi\\""
                lines = '''
                a
                b'''
                """);
    }

    @Test
    void writesBinaryAsBase64() throws IOException {
        ObjectNode tree = NODES.objectNode();
        tree.put("bytes", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe});

        String text = emit(tree);

        assertThat(text).isEqualTo("bytes = \"AAEC//4=\"\n");
        assertThat(jackson(text).get("bytes").binaryValue()).containsExactly(0, 1, 2, 0xff, 0xfe);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roundTripsGeneratedTrees(long seed) {
        roundTrip(new TreeGenerator(new Random(seed)).table(0, false));
    }

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    /** Writes a tree and checks that tomlj reads the text without errors and that it is well formed. */
    private static String emit(ObjectNode tree) {
        String text = written(tree);
        TomlParseResult parsed = Toml.parse(text);
        assertThat(parsed.errors()).as("tomlj errors in%n%s", text).isEmpty();
        return text;
    }

    /** Writes a tree and checks the layout of the text. */
    private static String written(ObjectNode tree) {
        String text = TomlEmitter.write(tree);
        if (!text.isEmpty()) {
            assertThat(text).endsWith("\n").doesNotStartWith("\n");
        }
        if (!text.contains("'''\n") && !text.contains("\"\"\"\n")) {
            // without multi-line strings every line is laid out by the emitter
            assertThat(text).doesNotEndWith("\n\n").doesNotContain(" \n", "\t\n", "\n\n\n");
        }
        return text;
    }

    /**
     * Writes a tree, checks it like {@link #emit} and that tomlj and Jackson read it back as
     * the same tree and that writing what Jackson read gives the same text.
     */
    private static String roundTrip(ObjectNode tree) {
        String text = emit(tree);
        assertThat(tomlj(text)).as("tomlj reading%n%s", text).isEqualTo(normalised(tree, false));
        assertJacksonRoundTrip(tree, text);
        return text;
    }

    /** Checks that Jackson reads the text back as the tree and that writing what it read gives the same text. */
    private static void assertJacksonRoundTrip(ObjectNode tree, String text) {
        ObjectNode reread = jackson(text);
        assertThat(normalised(reread, true)).as("Jackson reading%n%s", text).isEqualTo(normalised(tree, true));
        assertThat(TomlEmitter.write(reread)).as("writing again what Jackson read").isEqualTo(text);
    }

    /**
     * Copies a tree without null fields and with numbers in one type per kind: integers as big
     * integers, finite floats as big decimals without trailing zeros when exact, as doubles
     * when not (tomlj reads doubles), and NaN and infinities as doubles.
     */
    private static JsonNode normalised(JsonNode node, boolean exactFloats) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    copy.set(field.getKey(), normalised(field.getValue(), exactFloats));
                }
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(normalised(element, exactFloats)));
            return copy;
        }
        if (node.isIntegralNumber()) {
            return BigIntegerNode.valueOf(node.bigIntegerValue());
        }
        if (node.isFloatingPointNumber()) {
            if (!node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
                return DoubleNode.valueOf(node.doubleValue());
            }
            BigDecimal exact = node.isFloat() ? new BigDecimal(Float.toString(node.floatValue()))
                    : node.isDouble() ? new BigDecimal(Double.toString(node.doubleValue())) : node.decimalValue();
            return exactFloats ? DecimalNode.valueOf(exact.stripTrailingZeros()) : DoubleNode.valueOf(exact.doubleValue());
        }
        return node;
    }

    private static JsonNode tomlj(String text) {
        return fromTomlj(Toml.parse(text));
    }

    private static JsonNode fromTomlj(Object value) {
        if (value instanceof TomlTable table) {
            ObjectNode node = NODES.objectNode();
            for (Map.Entry<String, Object> field : table.entrySet()) {
                node.set(field.getKey(), fromTomlj(field.getValue()));
            }
            return node;
        }
        if (value instanceof TomlArray array) {
            ArrayNode node = NODES.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                node.add(fromTomlj(array.get(i)));
            }
            return node;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Long number) {
            return BigIntegerNode.valueOf(BigInteger.valueOf(number));
        }
        if (value instanceof Double number) {
            return DoubleNode.valueOf(number);
        }
        return NODES.pojoNode(value);
    }

    private static ObjectNode jackson(String text) {
        try {
            return (ObjectNode) TOML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Jackson cannot read\n" + text, e);
        }
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ObjectNode object(String key, String value) {
        return NODES.objectNode().put(key, value);
    }

    /** Builds random trees of every shape the emitter distinguishes, from a seeded random. */
    private static final class TreeGenerator {

        private static final List<String> KEYS = List.of("name", "version", "groups", "a", "b", "my key", "a.b",
                "", "ключ", "q\"k", "x\ny", "1", "-", "_", "'");
        private static final List<String> STRING_PARTS = List.of("plain", " ", "\"", "\\", "'", "''", "'''", "\n",
                "\r\n", "\r", "\t", "\u0000", "\u001f", "\u007f", "😀", "é", "\"\"\"", "#", "=", "[x]", "\\n", "\\u00e9");
        private static final List<Double> DOUBLES = List.of(0.0, 1.0, -1.5, 0.1, 1e-5, 1e-7, 1e7, 1.5e300, -2.5e-300,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Math.PI, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
        private static final int MAX_DEPTH = 4;

        private final Random random;

        TreeGenerator(Random random) {
            this.random = random;
        }

        /**
         * Builds a table; {@code inline} tells that it may be written inside an array or an
         * inline table, where it gets no dates: tomlj 1.1.1 rejects a date directly before
         * {@code ]} or {@code }}.
         */
        ObjectNode table(int depth, boolean inline) {
            ObjectNode table = NODES.objectNode();
            int size = random.nextInt(depth == 0 ? 7 : 5);
            for (int i = 0; i < size; i++) {
                table.set(key(), random.nextInt(12) == 0 ? NODES.nullNode() : value(depth + 1, inline));
            }
            return table;
        }

        private JsonNode value(int depth, boolean inline) {
            int kind = random.nextInt(depth >= MAX_DEPTH ? 8 : 13);
            return switch (kind) {
                case 0, 1 -> NODES.textNode(string());
                case 2 -> NODES.numberNode(random.nextInt());
                // Jackson 2.22 misreads 19-digit integers (jackson-dataformats-text#663)
                case 3 -> NODES.numberNode(random.nextLong() % 1_000_000_000_000_000_000L);
                case 4 -> NODES.numberNode(random.nextBoolean() ? DOUBLES.get(random.nextInt(DOUBLES.size()))
                        : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20));
                case 5 -> NODES.booleanNode(random.nextBoolean());
                case 6 -> inline ? NODES.booleanNode(random.nextBoolean()) : NODES.pojoNode(dateTime());
                case 7 -> scalars();
                case 8, 9 -> table(depth, inline);
                case 10, 11 -> {
                    ArrayNode tables = NODES.arrayNode();
                    int size = 1 + random.nextInt(3);
                    for (int i = 0; i < size; i++) {
                        tables.add(table(depth, inline));
                    }
                    yield tables;
                }
                default -> {
                    ArrayNode array = NODES.arrayNode();
                    int size = random.nextInt(4);
                    for (int i = 0; i < size; i++) {
                        array.add(value(depth + 1, true));
                    }
                    yield array;
                }
            };
        }

        private ArrayNode scalars() {
            ArrayNode array = NODES.arrayNode();
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                array.add(random.nextBoolean() ? NODES.textNode(string()) : NODES.numberNode(random.nextInt(1000)));
            }
            return array;
        }

        private Object dateTime() {
            LocalDate date = LocalDate.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalTime time = LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), 86_400_000_000_000L))
                    .withNano(random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            // tomlj 1.1.1 reads an offset from -00:59 to -00:01 as positive: none of those
            int offsetMinutes = random.nextInt(36 * 60) - 18 * 60;
            return switch (random.nextInt(4)) {
                case 0 -> date;
                case 1 -> time;
                case 2 -> LocalDateTime.of(date, time);
                default -> OffsetDateTime.of(date, time,
                        ZoneOffset.ofTotalSeconds(60 * (offsetMinutes < 0 && offsetMinutes > -60 ? 0 : offsetMinutes)));
            };
        }

        private String key() {
            return random.nextInt(4) == 0 ? string() : KEYS.get(random.nextInt(KEYS.size()));
        }

        private String string() {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(5);
            for (int i = 0; i < parts; i++) {
                text.append(STRING_PARTS.get(random.nextInt(STRING_PARTS.size())));
            }
            return text.toString();
        }
    }
}
