package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every revision of the bundled image definitions says what its revision of the specification's
 * {@code image-type-support.md} says: every group, image type, alias, required option and
 * partitioning mode of its section 3, every cell of the support matrix of section 4, every
 * statement of section 2, and the OpenSCAP allow-lists of {@code validation-rules.md} Appendix C.
 * The specification is read through {@link ImageTypeSpec}, and the library through its public API.
 */
class ImageTypeSupportSpecTest {

    /** A distribution that shows every image type of each definition (no release or name hides any). */
    private static final Map<String, String> SHOW_ALL = Map.of("rhel-10", "rhel-10", "rhel-9", "rhel-9", "rhel-8", "rhel-8",
            "rhel-7", "rhel-7", "fedora", "fedora-43", "eln-11", "eln", "bootc-generic", "bootc-generic");

    /** The number of image types of each revision, as its text says. */
    private static final Map<String, Integer> TYPES = Map.of("1", 163, "2", 164);

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void everyImageTypeOfSectionThreeIsBundledWithItsGroupAndAliases(String revision) {
        ImageTypeSpec spec = ImageTypesGenerator.spec(revision);
        ImageDefinitions definitions = ImageTypes.revision(revision);
        assertThat(definitions.distroDefinitions()).containsExactlyInAnyOrderElementsOf(spec.definitions.keySet());
        for (Map.Entry<String, Map<String, ImageTypeSpec.Type>> definition : spec.definitions.entrySet()) {
            Map<String, ImageTypeSpec.Type> bundled = new LinkedHashMap<>();
            for (ImageType type : definitions.forDistro(SHOW_ALL.get(definition.getKey()))) {
                assertThat(type.distroDefinition()).isEqualTo(definition.getKey());
                bundled.put(type.name(), new ImageTypeSpec.Type(type.name(), type.aliases(), type.group()));
            }
            assertThat(bundled).as(definition.getKey()).containsExactlyEntriesOf(definition.getValue());
        }
        assertThat(spec.imageTypeCount()).isEqualTo(TYPES.get(revision));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void everyGroupHasTheOstreeFlagRequiredOptionsAndPartitioningModesOfSectionThree(String revision) {
        ImageTypeSpec spec = ImageTypesGenerator.spec(revision);
        assertThat(spec.groups).hasSize(30);
        for (Map.Entry<String, Map<String, ImageTypeSpec.Type>> definition : spec.definitions.entrySet()) {
            for (ImageTypeSpec.Type row : definition.getValue().values()) {
                ImageTypeSpec.Group group = spec.groups.get(row.group());
                ImageType type = type(revision, definition.getKey(), row.name());
                assertThat(type.isOstree()).as(type.name()).isEqualTo(group.ostree());
                assertThat(type.requiredOptions()).as(type.name()).containsExactlyElementsOf(group.required());
                assertThat(type.partitioningModes()).as(type.name()).containsExactlyElementsOf(spec.modes(row.group(), definition.getKey()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void everyCellOfTheSupportMatrixIsBundled(String revision) {
        ImageTypeSpec spec = ImageTypesGenerator.spec(revision);
        assertThat(ImageTypes.revision(revision).options()).containsExactlyElementsOf(spec.options);
        assertThat(spec.matrix.keySet()).containsExactlyInAnyOrderElementsOf(spec.groups.keySet());
        int cells = 0;
        for (Map.Entry<String, Map<String, ImageTypeSpec.Type>> definition : spec.definitions.entrySet()) {
            for (ImageTypeSpec.Type row : definition.getValue().values()) {
                ImageType type = type(revision, definition.getKey(), row.name());
                for (Map.Entry<String, String> cell : spec.matrix.get(row.group()).entrySet()) {
                    String actual = type.supports(cell.getKey()) ? "Y" : type.supportsPartly(cell.getKey()) ? "part" : "–";
                    assertThat(actual).as(type.name() + " " + cell.getKey()).isEqualTo(cell.getValue());
                    cells++;
                }
                assertThat(type.supports("name") && type.supports("version") && type.supports("description")).isTrue();
                assertThat(type.supports("architecture")).isFalse();
            }
        }
        assertThat(cells).isEqualTo(TYPES.get(revision) * spec.options.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void theStatementsOfSectionTwoAreBundled(String revision) {
        ImageTypeSpec spec = ImageTypesGenerator.spec(revision);
        List<ImageTypes.Statement> bundled = ImageTypes.revision(revision).documentedStatements();
        assertThat(bundled).hasSize(spec.statements.size()).hasSize(15);
        for (int i = 0; i < bundled.size(); i++) {
            ImageTypes.Statement statement = bundled.get(i);
            assertThat(List.of(statement.customization(), statement.imageTypes(), statement.statement(), statement.source(),
                    statement.imagesHead())).isEqualTo(spec.statements.get(i).subList(1, 6));
            for (String name : statement.appliesTo()) {
                assertThat(spec.definitions.values().stream().anyMatch(d -> d.containsKey(name))).as(name).isTrue();
            }
        }
        assertThat(bundled.get(0).appliesTo()).containsExactlyElementsOf(ImageTypeSpec.backticked(bundled.get(0).imageTypes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2"})
    void theOpenScapAllowListsAreThoseOfAppendixC(String revision) {
        ImageTypeSpec spec = ImageTypesGenerator.spec(revision);
        Map<String, String> distroOfRow = new LinkedHashMap<>(Map.of(
                "RHEL / CentOS / AlmaLinux / Rocky 10, AlmaLinux Kitten 10, ELN", "almalinux_kitten-10",
                "RHEL / CentOS / AlmaLinux / Rocky 9", "centos-9", "RHEL / CentOS / AlmaLinux / Rocky 8", "rocky-8.10",
                "Fedora", "fedora-42", "RHEL 7, bootc", "rhel-7.9"));
        if (revision.equals("2")) {
            distroOfRow.put("Oracle Linux 9", "ol-9.6");
            distroOfRow.put("Oracle Linux 10", "ol-10");
        }
        for (Map.Entry<String, String> row : distroOfRow.entrySet()) {
            List<String> expected = new ArrayList<>();
            spec.openScapRows.get(row.getKey()).forEach(suffix -> expected.add(spec.openScapPrefix + suffix));
            String distro = row.getValue();
            ImageDefinitions definitions = ImageTypes.revision(revision);
            assertThat(definitions.target(distro, definitions.forDistro(distro).get(0).name()).openScapProfiles())
                    .as(row.getKey()).containsExactlyElementsOf(expected);
        }
        assertThat(spec.openScapRows.keySet()).containsAll(distroOfRow.keySet());
        assertThat(Target.of("eln", "qcow2", revision).openScapProfiles()).isEqualTo(Target.of("rhel-10.0", "qcow2", revision).openScapProfiles());
        assertThat(Target.of("bootc-generic", "qcow2", revision).openScapProfiles()).isEmpty();
    }

    private static ImageType type(String revision, String definition, String name) {
        return Target.of(SHOW_ALL.get(definition), name, revision).imageType();
    }
}
