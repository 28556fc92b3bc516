package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each change the "Revision 2" section of {@code image-type-support.md} lists is in the latest
 * bundled data and not in revision 1: the image types added and removed, the new aliases, the
 * options added to groups, and the new distributions. The section's sentences are parsed here.
 */
class ImageTypeRevisionTwoTest {

    private static final ImageDefinitions ONE = ImageTypes.revision("1");
    private static final ImageDefinitions TWO = ImageTypes.revision("2");
    private static String section;

    @BeforeAll
    static void readTheRevisionSection() {
        String text = TestData.text("spec/image-type-support.md");
        section = text.substring(text.indexOf("### Revision 2"), text.indexOf("Open questions:")).replaceAll("\\s+", " ");
    }

    @Test
    void theLatestRevisionIsTwoFromImageBuilder() {
        assertThat(section).startsWith("### Revision 2 (image-builder @a1f35083b)");
        assertThat(ImageTypes.latest()).isSameAs(TWO);
        assertThat(TWO.upstream()).isEqualTo("osbuild/image-builder @ a1f35083b");
        assertThat(ONE.upstream()).isEqualTo("osbuild/images @ 1146ec23c");
    }

    @Test
    void theAddedImageTypesExistOnlyInRevisionTwo() {
        Matcher added = Pattern.compile("Added: ([a-z0-9-]+) `([^`]+)`").matcher(section);
        int count = 0;
        while (added.find()) {
            String distro = example(added.group(1));
            assertThat(names(TWO.forDistro(distro))).as(added.group()).contains(added.group(2));
            assertThat(names(ONE.forDistro(distro))).as(added.group()).doesNotContain(added.group(2));
            count++;
        }
        assertThat(count).isEqualTo(2);
    }

    @Test
    void theRemovedImageTypeIsRefusedWithSuggestionsAndStillKnownToRevisionOne() {
        Matcher removed = Pattern.compile("Removed: ([a-z0-9-]+) `([^`]+)`").matcher(section);
        assertThat(removed.find()).isTrue();
        String distro = example(removed.group(1));
        UnknownTargetException e = catchThrowableOfType(UnknownTargetException.class, () -> Target.of(distro, removed.group(2)));
        assertThat(e).hasMessageStartingWith("Unknown image type \"iot-bootable-container\" for fedora-43");
        assertThat(e.suggestions()).first().isIn("iot-container", "fedora-iot-container");
        assertThat(Target.of(distro, removed.group(2), "1").imageType().group()).isEqualTo("O2");
    }

    @Test
    void theNewAliasesResolveInRevisionTwoOnly() {
        Matcher aliases = Pattern.compile("Aliases: ([a-z0-9-]+) `([^`]+)` gains `([^`]+)` and `([^`]+)`").matcher(section);
        assertThat(aliases.find()).isTrue();
        String distro = example(aliases.group(1));
        for (String alias : List.of(aliases.group(3), aliases.group(4))) {
            assertThat(TWO.target(distro, alias).imageType().name()).isEqualTo(aliases.group(2));
            assertThat(Target.of("fedora-46", alias).imageType().aliases()).containsExactly("gcp", "gce");
            assertThat(catchThrowableOfType(UnknownTargetException.class, () -> ONE.target(distro, alias))).isNotNull();
        }
    }

    @Test
    void theOptionsAddedToGroupsAreSupportedThereInRevisionTwoOnly() {
        Matcher added = Pattern.compile("`(customizations\\.[a-z]+)` (?:\\([^)]*\\) )?added to ((?:[A-Z][0-9], )*[A-Z][0-9](?:, [A-Z][0-9])*)").matcher(section);
        List<String> options = new ArrayList<>();
        ImageTypeSpec before = ImageTypesGenerator.spec("1");
        while (added.find()) {
            String option = added.group(1);
            options.add(option);
            List<String> groups = List.of(added.group(2).split(", "));
            for (String definition : TWO.distroDefinitions()) {
                for (ImageType type : TWO.forDistro(showAll(definition))) {
                    boolean listedBefore = "Y".equals(before.matrix.get(type.group()).get(option));
                    if (groups.contains(type.group())) {
                        assertThat(listedBefore).as("%s listed %s before", type.group(), option).isFalse();
                    }
                    assertThat(type.supports(option)).as(type.name() + " " + option).isEqualTo(groups.contains(type.group()) || listedBefore);
                }
            }
        }
        assertThat(options).containsExactly("customizations.firstboot", "customizations.cacerts", "customizations.bootloader");
        assertThat(count("customizations.firstboot")).isEqualTo(128);
        assertThat(count("customizations.cacerts")).isEqualTo(128);
        assertThat(count("customizations.bootloader")).isEqualTo(8);
        assertThat(section).contains("128 of 164 list it", "128 now list it", "8 image types with the new `oci`");
    }

    @Test
    void theNewDistributionsResolveToTheirDefinitions() {
        Matcher oracle = Pattern.compile("`(ol-[0-9]+)` and `(ol-[0-9]+)` \\(Oracle Linux\\) served by the (rhel-[0-9]+) and (rhel-[0-9]+) definitions").matcher(section);
        assertThat(oracle.find()).isTrue();
        assertThat(TWO.definitionOf(oracle.group(1))).isEqualTo(oracle.group(3));
        assertThat(TWO.definitionOf(oracle.group(2))).isEqualTo(oracle.group(4));
        assertThat(TWO.definitionOf("ol-9.6")).isEqualTo("rhel-9");
        assertThat(catchThrowableOfType(UnknownTargetException.class, () -> ONE.definitionOf("ol-9"))).isNotNull();
        Matcher fedora = Pattern.compile("`(fedora-[0-9]+)` added as the rawhide entry \\(preview\\); `(fedora-[0-9]+)` became").matcher(section);
        assertThat(fedora.find()).isTrue();
        assertThat(TWO.definitionOf(fedora.group(1))).isEqualTo("fedora");
        assertThat(TWO.definitionOf(fedora.group(2))).isEqualTo("fedora");
        assertThat(TWO.distributions()).contains("ol-9", "ol-10");
    }

    @Test
    void oracleLinuxHidesTheTypesOfSectionSevenAndKeepsTheRhelOnlyOnes() {
        ImageTypeSpec spec = ImageTypesGenerator.spec("2");
        assertThat(spec.oracle.distros()).containsExactly("ol-9", "ol-10");
        for (String distro : spec.oracle.distros()) {
            List<String> visible = names(TWO.forDistro(distro));
            assertThat(visible).as(distro).doesNotContainAnyElementsOf(spec.oracle.hidden()).contains("azure-rhui", "azure-cvm", "qcow2");
            assertThat(catchThrowableOfType(UnknownTargetException.class, () -> Target.of(distro, "ec2")))
                    .hasMessageContaining("hide it for ol");
        }
        assertThat(names(TWO.forDistro("ol-10"))).contains("minimal-raw-xz");
        assertThat(Target.of("ol-9.2", "azure-cvm").imageType().group()).isEqualTo("D3");
    }

    private static int count(String option) {
        int n = 0;
        for (String definition : TWO.distroDefinitions()) {
            for (ImageType type : TWO.forDistro(showAll(definition))) {
                n += type.supports(option) ? 1 : 0;
            }
        }
        return n;
    }

    private static String example(String definition) {
        return definition.equals("fedora") ? "fedora-43" : definition;
    }

    private static String showAll(String definition) {
        return switch (definition) {
            case "fedora" -> "fedora-43";
            case "eln-11" -> "eln";
            default -> definition;
        };
    }

    private static List<String> names(List<ImageType> types) {
        return types.stream().map(ImageType::name).toList();
    }
}
