package io.github.blueprint4j.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.interchange.internal.CloudApi;
import io.github.blueprint4j.interchange.internal.Hosted;
import io.github.blueprint4j.interchange.internal.Rules;
import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the mapping tables of the specification ({@code interchange.md} sections 1.2,
 * 1.3 and 2.2) has its rule in the converters' key tables: each classic path a row names is
 * mapped explicitly (never by the generic "unknown key" fallback), a row whose verdict is only
 * {@code X} is a dropping or converting rule and never a plain copy, and each target-only row
 * ({@code —} in the classic column) has its reverse rule.
 */
class SpecificationRowsTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern INCLUDING = Pattern.compile("(\\w+) incl\\. [^,]*$");
    private static final List<String> DISK_BASES = List.of("", "disk.partitions[].", "disk.partitions[].logical_volumes[].");

    /** One row of a mapping table. */
    record Row(String section, String classic, String target, String verdict, String text) {
        @Override
        public String toString() {
            return section + ": " + text;
        }
    }

    static List<Row> rows() {
        String spec = TestData.text("spec/interchange.md");
        List<Row> rows = new ArrayList<>();
        String section = null;
        for (String line : spec.split("\n")) {
            if (line.startsWith("### ")) {
                section = line.substring(4, line.indexOf(' ', 4));
                continue;
            }
            if (section == null || !line.startsWith("| ") || line.startsWith("| Classic") || line.startsWith("| Hosted")
                    || line.startsWith("|---") || line.startsWith("| Cloud")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (!List.of("1.2", "1.3", "2.2").contains(section) || cells.length < 6) {
                continue;
            }
            String verdict = section.equals("2.2") ? cells[4].strip() : cells[cells.length - 2].strip();
            if (section.equals("1.3") && line.contains("| Nearest classic")) {
                continue;
            }
            rows.add(new Row(section, cells[1].strip(), cells[2].strip(), section.equals("1.3") && cells.length == 5
                    ? cells[3].strip() : verdict, line));
        }
        return rows;
    }

    static Stream<Arguments> classicRows() {
        return rows().stream().filter(row -> !row.classic().startsWith("—") && !row.classic().startsWith("none"))
                .map(Arguments::of);
    }

    static Stream<Arguments> targetOnlyRows() {
        return rows().stream().filter(row -> row.classic().startsWith("—")).map(Arguments::of);
    }

    @Test
    void everyTableIsRead() {
        assertThat(rows()).filteredOn(row -> row.section().equals("1.2")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(rows()).filteredOn(row -> row.section().equals("1.3")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(rows()).filteredOn(row -> row.section().equals("2.2")).hasSizeGreaterThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classicRows")
    void classicPathsOfTheRowHaveTheirRule(Row row) {
        List<String> paths = paths(row.classic());
        assertThat(paths).as("the row names a classic path").isNotEmpty();
        for (String path : paths) {
            String kind = explain(row.section(), path);
            assertThat(kind).as("rule for %s", path).isNotNull();
            if (row.verdict().startsWith("`X`") && !row.verdict().contains("`L")) {
                assertThat(kind).as("%s has no counterpart, so it is not copied", path).isNotEqualTo("copy");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetOnlyRows")
    void targetOnlyPathsHaveTheirReverseRule(Row row) {
        for (String path : paths(row.target())) {
            Rules rules = row.section().equals("2.2") ? CloudApi.BLUEPRINT : Hosted.CUSTOMIZATIONS;
            assertThat(rules.explainTarget(path.replaceFirst("^customizations\\.", ""))).as("reverse rule for %s", path)
                    .isNotNull();
        }
    }

    private static String explain(String section, String path) {
        if (section.equals("1.2")) {
            return Hosted.ROOT.explain(path.replaceFirst("\\..*", "").replace("[]", ""));
        }
        if (section.equals("2.2")) {
            String kind = CloudApi.BLUEPRINT.explain(path);
            return kind != null ? kind : CloudApi.BLUEPRINT.explain("customizations." + path);
        }
        for (String base : DISK_BASES) {
            String kind = Hosted.CUSTOMIZATIONS.explain(base.isEmpty() ? path : "disk." + path);
            if (kind != null || base.isEmpty() && path.startsWith("disk")) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The classic paths a cell names: backticked paths, a leading dot continuing the one before,
     * and keys after "KEY incl." below KEY.
     */
    private static List<String> paths(String cell) {
        List<String> paths = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        String previous = null;
        while (code.find()) {
            String token = code.group(1).strip().replaceFirst("\\.\\*$", "");
            if (token.startsWith("{") || token.contains(" ") || token.contains("=") || token.contains("\"")
                    || token.contains("*")) {
                continue;
            }
            if (token.startsWith(".") && previous != null) {
                token = previous.substring(0, previous.lastIndexOf('.')) + token;
            }
            Matcher including = INCLUDING.matcher(cell.substring(0, code.start()));
            if (including.find()) {
                token = including.group(1) + "." + token;
            }
            previous = token.contains(".") ? token : "." + token;
            paths.add(token.replace("customizations.", ""));
        }
        return paths;
    }
}
