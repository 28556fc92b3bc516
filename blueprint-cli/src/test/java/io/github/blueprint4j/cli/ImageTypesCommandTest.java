package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageTypesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsTheImageTypesOfADistributionWithAliasesAndOptions() {
        Cli.Result result = Cli.run("image-types", "--distro", "rhel-9.6");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("rhel-9.6 (image definitions rhel-9, osbuild/image-builder @ a1f35083b)");
        assertThat(lines).contains("  qcow2 (guest-image): disk and cloud images",
                "  edge-simplified-installer (rhel-edge-simplified-installer): simplified installer (FDO, Ignition), ostree",
                "    requires: customizations.installation_device");
        int tar = lines.indexOf("  tar: tar archive");
        assertThat(lines.get(tar + 1)).startsWith("    supports: distro, packages,").contains("customizations.kernel.name")
                .doesNotContain("customizations.filesystem");
        assertThat(result.out()).doesNotContain("azure-rhui (").contains("  azure-rhui: ");
        assertThat(Cli.run("image-types", "--distro", "centos-9").out()).doesNotContain("azure-rhui");
    }

    @Test
    void listsEveryBundledDefinitionWithoutADistribution() {
        Cli.Result result = Cli.run("image-types");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).filteredOn(line -> !line.startsWith(" ")).extracting(line -> line.split(" ")[0])
                .containsExactly("rhel-10", "rhel-9", "rhel-8", "rhel-7", "fedora", "eln", "bootc-generic");
        assertThat(result.out()).contains("    partitioning modes: none given, auto-lvm, lvm");
    }

    @Test
    void printsOneJsonLinePerDistribution() throws Exception {
        Cli.Result result = Cli.run("image-types", "--output", "json", "--distro", "fedora-43");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(1);
        JsonNode line = JSON.readTree(result.out());
        assertThat(fieldNames(line)).containsExactly("distro", "definition", "upstream", "image_types");
        assertThat(line.get("definition").asText()).isEqualTo("fedora");
        JsonNode iot = null;
        for (JsonNode type : line.get("image_types")) {
            assertThat(fieldNames(type)).containsExactly("name", "aliases", "description", "ostree", "supported", "required",
                    "partitioning_modes");
            if (type.get("name").asText().equals("iot-raw-xz")) {
                iot = type;
            }
        }
        assertThat(iot).isNotNull();
        assertThat(iot.get("aliases").toString()).isEqualTo("[\"iot-raw-image\",\"fedora-iot-raw-image\"]");
        assertThat(iot.get("ostree").asBoolean()).isTrue();
        assertThat(iot.get("partitioning_modes").toString()).isEqualTo("[\"\",\"auto-lvm\",\"lvm\"]");
    }

    @Test
    void anUnknownDistributionIsAUsageError() {
        Cli.Result result = Cli.run("image-types", "--distro", "debian-12");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown distribution \"debian-12\"");
        assertThat(result.out()).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
