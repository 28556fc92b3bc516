package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code image-types} against the image definitions of revision 2
 * (osbuild/image-builder @ a1f35083b, the default) and, with {@code --image-data-revision 1},
 * of revision 1 (osbuild/images @ 1146ec23c).
 */
class ImageDataRevisionTest {

    @TempDir
    Path dir;

    private String firstboot;

    @BeforeEach
    void writeBlueprint() throws IOException {
        Path file = dir.resolve("firstboot.toml");
        Files.writeString(file, """
                name = "fb"
                version = "1.0.0"

                [customizations.cacerts]
                pem_certs = []

                [[customizations.firstboot.scripts]]
                type = "custom"
                name = "hello"
                contents = "echo hello"
                """, StandardCharsets.UTF_8);
        firstboot = file.toString();
    }

    @Test
    void firstbootAndCacertsAreSupportedByQcow2OfRhel96() {
        Cli.Result result = Cli.run("validate", "--distro", "rhel-9.6", "--image-type", "qcow2", firstboot);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void revisionOneStillWarnsAboutFirstbootOnQcow2() {
        Cli.Result result = Cli.run("validate", "--image-data-revision", "1", "--distro", "rhel-9.6", "--image-type", "qcow2",
                firstboot);
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).containsExactly(firstboot + ":7:1: warning IT-UNSUPPORTED-OPTION customizations.firstboot:"
                + " customizations.firstboot is not supported by the image type qcow2 of rhel-9.6: the build ignores it."
                + " (remove it for this image type; \"blueprint image-types --distro DISTRO\" lists what each image type supports)");
    }

    @Test
    void oracleLinuxAndTheNewFedoraReleasesAndTheGcpAliasAreTargets() {
        assertThat(Cli.run("validate", "--distro", "ol-9", "--image-type", "qcow2", firstboot).exitCode()).isZero();
        assertThat(Cli.run("validate", "--distro", "ol-10.0", "--image-type", "minimal-raw-xz", firstboot).exitCode()).isZero();
        assertThat(Cli.run("validate", "--distro", "fedora-46", "--image-type", "gcp", firstboot).exitCode()).isZero();
        assertThat(Cli.run("validate", "--distro", "fedora-45", "--image-type", "gce", firstboot).exitCode()).isZero();
        Cli.Result hidden = Cli.run("validate", "--distro", "ol-9", "--image-type", "edge-commit", firstboot);
        assertThat(hidden.exitCode()).isEqualTo(2);
        assertThat(hidden.err()).contains("Image type \"edge-commit\" is not available for ol-9");
    }

    @Test
    void theRemovedIotBootableContainerIsRefusedWithSuggestions() {
        Cli.Result result = Cli.run("validate", "--distro", "fedora-43", "--image-type", "iot-bootable-container", firstboot);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown image type \"iot-bootable-container\" for fedora-43.")
                .contains("closest first: ").contains("iot-container");
        assertThat(result.out()).isEmpty();
        assertThat(Cli.run("validate", "--image-data-revision", "1", "--distro", "fedora-43", "--image-type",
                "iot-bootable-container", firstboot).exitCode()).isZero();
    }

    @Test
    void anUnknownRevisionIsAUsageError() {
        Cli.Result result = Cli.run("image-types", "--image-data-revision", "3");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown image data revision \"3\". Known revisions: 1, 2 (the latest is the default).");
        assertThat(Cli.run("validate", "--image-data-revision", "0", "--distro", "rhel-9", "--image-type", "qcow2", firstboot)
                .exitCode()).isEqualTo(2);
    }

    @Test
    void imageTypesNamesTheRevisionItLists() {
        assertThat(Cli.run("image-types", "--distro", "fedora-46").outLines().get(0))
                .isEqualTo("fedora-46 (image definitions fedora, osbuild/image-builder @ a1f35083b)");
        Cli.Result older = Cli.run("image-types", "--image-data-revision", "1", "--distro", "fedora-43");
        assertThat(older.outLines().get(0)).isEqualTo("fedora-43 (image definitions fedora, osbuild/images @ 1146ec23c)");
        assertThat(older.out()).contains("  iot-bootable-container: Fedora ostree commit or container, ostree");
    }
}
