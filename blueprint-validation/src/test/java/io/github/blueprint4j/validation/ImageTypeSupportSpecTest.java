package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled image-type data says what the specification's {@code image-type-support.md} says:
 * every group, image type, alias, required option and partitioning mode of its section 3, every
 * cell of the support matrix of section 4, every statement of section 2, and the OpenSCAP
 * allow-lists of {@code validation-rules.md} Appendix C. The spec's tables are parsed here, so
 * a drift between specification and data fails.
 */
class ImageTypeSupportSpecTest {

    /** A distribution that shows every image type of each definition (no release or name hides any). */
    private static final Map<String, String> SHOW_ALL = Map.of("rhel-10", "rhel-10", "rhel-9", "rhel-9", "rhel-8", "rhel-8",
            "rhel-7", "rhel-7", "fedora", "fedora-43", "eln-11", "eln", "bootc-generic", "bootc-generic");

    private static final Pattern DEFINITION = Pattern.compile("\\*\\*([^*]+?)(?: \\([^)]*\\))?\\*\\*:\\s*(.*)");

    /** Group of section 3: its cells. */
    private record Group(String id, boolean ostree, List<String> required, String modes) {
    }

    private static final Map<String, Group> GROUPS = new LinkedHashMap<>();
    /** definition -> image type -> [group, aliases...]. */
    private static final Map<String, Map<String, List<String>>> TYPES = new LinkedHashMap<>();
    /** group -> option -> cell (Y, –, part). */
    private static final Map<String, Map<String, String>> MATRIX = new LinkedHashMap<>();
    private static final List<String> OPTIONS = new ArrayList<>();
    private static final List<List<String>> STATEMENTS = new ArrayList<>();

    @BeforeAll
    static void parseSpecification() {
        String[] sections = TestData.text("spec/image-type-support.md").split("(?m)^## ");
        parseStatements(sections[2]);
        parseGroups(sections[3]);
        parseMatrix(sections[4]);
    }

    @Test
    void everyImageTypeOfSectionThreeIsBundledWithItsGroupAndAliases() {
        assertThat(ImageTypes.distroDefinitions()).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
        for (Map.Entry<String, Map<String, List<String>>> definition : TYPES.entrySet()) {
            Map<String, List<String>> bundled = new LinkedHashMap<>();
            for (ImageType type : ImageTypes.forDistro(SHOW_ALL.get(definition.getKey()))) {
                assertThat(type.distroDefinition()).isEqualTo(definition.getKey());
                List<String> row = new ArrayList<>(List.of(type.group()));
                row.addAll(type.aliases());
                bundled.put(type.name(), row);
            }
            assertThat(bundled).as(definition.getKey()).containsExactlyEntriesOf(definition.getValue());
        }
        assertThat(TYPES.values().stream().mapToInt(Map::size).sum()).isEqualTo(163);
    }

    @Test
    void everyGroupHasTheOstreeFlagRequiredOptionsAndPartitioningModesOfSectionThree() {
        assertThat(GROUPS).hasSize(30);
        for (Map.Entry<String, Map<String, List<String>>> definition : TYPES.entrySet()) {
            for (Map.Entry<String, List<String>> row : definition.getValue().entrySet()) {
                Group group = GROUPS.get(row.getValue().get(0));
                ImageType type = type(definition.getKey(), row.getKey());
                assertThat(type.isOstree()).as(type.name()).isEqualTo(group.ostree);
                assertThat(type.requiredOptions()).as(type.name()).containsExactlyElementsOf(group.required);
                assertThat(type.partitioningModes()).as(type.name()).containsExactlyElementsOf(modes(group, type));
            }
        }
    }

    @Test
    void everyCellOfTheSupportMatrixIsBundled() {
        assertThat(ImageTypes.options()).containsExactlyElementsOf(OPTIONS);
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(GROUPS.keySet());
        int cells = 0;
        for (Map.Entry<String, Map<String, List<String>>> definition : TYPES.entrySet()) {
            for (Map.Entry<String, List<String>> row : definition.getValue().entrySet()) {
                ImageType type = type(definition.getKey(), row.getKey());
                for (Map.Entry<String, String> cell : MATRIX.get(row.getValue().get(0)).entrySet()) {
                    String actual = type.supports(cell.getKey()) ? "Y" : type.supportsPartly(cell.getKey()) ? "part" : "–";
                    assertThat(actual).as(type.name() + " " + cell.getKey()).isEqualTo(cell.getValue());
                    cells++;
                }
                assertThat(type.supports("name") && type.supports("version") && type.supports("description")).isTrue();
                assertThat(type.supports("architecture")).isFalse();
            }
        }
        assertThat(cells).isEqualTo(163 * OPTIONS.size());
    }

    @Test
    void theStatementsOfSectionTwoAreBundled() {
        List<ImageTypes.Statement> bundled = ImageTypes.documentedStatements();
        assertThat(bundled).hasSize(STATEMENTS.size()).hasSize(15);
        for (int i = 0; i < bundled.size(); i++) {
            ImageTypes.Statement statement = bundled.get(i);
            assertThat(List.of(statement.customization(), statement.imageTypes(), statement.statement(), statement.source(),
                    statement.imagesHead())).isEqualTo(STATEMENTS.get(i));
            for (String name : statement.appliesTo()) {
                assertThat(TYPES.values().stream().anyMatch(d -> d.containsKey(name))).as(name).isTrue();
            }
        }
        assertThat(bundled.get(0).appliesTo())
                .containsExactlyElementsOf(backticked(bundled.get(0).imageTypes()));
    }

    @Test
    void theOpenScapAllowListsAreThoseOfAppendixC() {
        String appendix = TestData.text("spec/validation-rules.md").split("## Appendix C")[1].split("## Appendix D")[0];
        Map<String, String> distroOfRow = Map.of("RHEL / CentOS / AlmaLinux / Rocky 10, AlmaLinux Kitten 10, ELN", "rhel-10.0",
                "RHEL / CentOS / AlmaLinux / Rocky 9", "centos-9", "RHEL / CentOS / AlmaLinux / Rocky 8", "rocky-8.10",
                "Fedora", "fedora-42", "RHEL 7, bootc", "rhel-7.9");
        int rows = 0;
        for (String line : appendix.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 3 || !distroOfRow.containsKey(cells[1].strip())) {
                continue;
            }
            List<String> expected = backticked(cells[2]).stream()
                    .map(suffix -> "xccdf_org.ssgproject.content_profile_" + suffix).toList();
            String distro = distroOfRow.get(cells[1].strip());
            assertThat(Target.of(distro, ImageTypes.forDistro(distro).get(0).name()).openScapProfiles()).as(cells[1]).containsExactlyElementsOf(expected);
            rows++;
        }
        assertThat(rows).isEqualTo(5);
        assertThat(Target.of("eln", "qcow2").openScapProfiles()).isEqualTo(Target.of("rhel-10.0", "qcow2").openScapProfiles());
        assertThat(Target.of("bootc-generic", "qcow2").openScapProfiles()).isEmpty();
    }

    private static ImageType type(String definition, String name) {
        return Target.of(SHOW_ALL.get(definition), name).imageType();
    }

    /** The modes of a group's cell for an image type: O6 distinguishes Fedora and RHEL types. */
    private static List<String> modes(Group group, ImageType type) {
        String cell = group.modes;
        if (cell.startsWith("Fedora types:")) {
            cell = type.distroDefinition().equals("fedora") ? cell.substring("Fedora types:".length()).split(";")[0] : "";
        }
        List<String> modes = new ArrayList<>();
        for (String mode : cell.split(",")) {
            if (!mode.isBlank()) {
                modes.add(mode.strip().replace("\"", ""));
            }
        }
        return modes;
    }

    private static void parseStatements(String section) {
        for (String line : section.split("\n")) {
            if (line.matches("\\| \\d+ \\|.*")) {
                List<String> cells = cells(line);
                STATEMENTS.add(cells.subList(1, 6));
            }
        }
    }

    private static void parseGroups(String section) {
        for (String line : section.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| Group")) {
                continue;
            }
            List<String> cells = cells(line);
            String id = cells.get(0);
            List<String> required = cells.get(3).equals("—") ? List.of() : Arrays.stream(cells.get(3).split(",")).map(String::strip).toList();
            GROUPS.put(id, new Group(id, cells.get(2).equals("yes"), required, cells.get(4)));
            for (String part : cells.get(1).split(";\\s*(?=\\*\\*)")) {
                Matcher m = DEFINITION.matcher(part.strip());
                assertThat(m.matches()).as(part).isTrue();
                Map<String, List<String>> types = TYPES.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>());
                for (String item : m.group(2).split(",\\s*(?![^(]*\\))")) {
                    Matcher type = Pattern.compile("([^ (]+)(?: \\(([^)]*)\\))?").matcher(item.strip());
                    assertThat(type.matches()).as(item).isTrue();
                    List<String> row = new ArrayList<>(List.of(id));
                    if (type.group(2) != null) {
                        Arrays.stream(type.group(2).split(",")).map(String::strip).forEach(row::add);
                    }
                    types.put(type.group(1), row);
                }
            }
        }
    }

    private static void parseMatrix(String section) {
        List<String> columns = List.of();
        Set<String> options = new LinkedHashSet<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| Option path")) {
                columns = cells(line).subList(1, cells(line).size());
                continue;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = cells(line);
            String option = cells.get(0).replace("`", "");
            options.add(option);
            for (int i = 0; i < columns.size(); i++) {
                MATRIX.computeIfAbsent(columns.get(i), k -> new LinkedHashMap<>()).put(option, cells.get(i + 1));
            }
        }
        OPTIONS.addAll(options);
        Set<String> values = new TreeSet<>();
        MATRIX.values().forEach(m -> values.addAll(m.values()));
        assertThat(values).containsExactly("Y", "part", "–");
    }

    private static List<String> cells(String line) {
        String trimmed = line.strip();
        return Arrays.stream(trimmed.substring(1, trimmed.length() - 1).split("\\|")).map(String::strip).toList();
    }

    private static List<String> backticked(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
