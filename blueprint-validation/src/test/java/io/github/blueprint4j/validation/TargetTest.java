package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.blueprint4j.diagnostic.BlueprintException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving distributions and image types as users write them. */
class TargetTest {

    @Test
    void resolvesDistributionsAsUsersWriteThem() {
        assertThat(Target.of("rhel-9.6", "qcow2").imageType().distroDefinition()).isEqualTo("rhel-9");
        assertThat(Target.of("rhel-9", "qcow2").minorVersion()).isEmpty();
        assertThat(Target.of("centos-9", "qcow2").distroName()).isEqualTo("centos");
        assertThat(Target.of("almalinux-9.5", "qcow2").minorVersion()).hasValue(5);
        assertThat(Target.of("fedora-43", "qcow2").imageType().name()).isEqualTo("generic-qcow2");
        assertThat(Target.of("rhel-10.0", "qcow2").imageType().distroDefinition()).isEqualTo("rhel-10");
        assertThat(Target.of("rocky-8.10", "qcow2").majorVersion()).hasValue(8);
        assertThat(Target.of("eln", "qcow2").imageType().distroDefinition()).isEqualTo("eln-11");
        assertThat(Target.of("bootc-generic-1", "qcow2").imageType().isBootc()).isTrue();
        assertThat(Target.of(" RHEL-9.6 ", "QCOW2").imageType().name()).isEqualTo("qcow2");
    }

    @Test
    void readsTheLegacyDotlessSpelling() {
        Target target = Target.of("rhel-810", "qcow2");
        assertThat(target.majorVersion()).hasValue(8);
        assertThat(target.minorVersion()).hasValue(10);
        assertThat(Target.of("rhel-96", "qcow2").minorVersion()).hasValue(6);
        assertThat(Target.of("rhel-10", "qcow2").majorVersion()).hasValue(10);
    }

    @Test
    void resolvesAliasesToTheImageTypesName() {
        assertThat(Target.of("rhel-9.6", "guest-image").imageType().name()).isEqualTo("qcow2");
        assertThat(Target.of("rhel-9.6", "rhel-edge-installer").imageType().name()).isEqualTo("edge-installer");
        assertThat(Target.of("fedora-42", "iot-raw-image").imageType().name()).isEqualTo("iot-raw-xz");
        assertThat(Target.of("rhel-10.0", "vshpere").imageType().name()).isEqualTo("vmdk");
        assertThat(Target.of("rhel-8.10", "azure").imageType().name()).isEqualTo("vhd");
        assertThat(Target.of("rhel-9.6", "azure").imageType().name()).isEqualTo("azure");
    }

    @Test
    void anUnknownImageTypeListsTheKnownOnesClosestFirst() {
        UnknownTargetException e = catchThrowableOfType(UnknownTargetException.class, () -> Target.of("rhel-9.6", "qcow"));
        assertThat(e.suggestions()).startsWith("qcow2").contains("edge-raw-image", "guest-image", "tar");
        assertThat(e).hasMessageStartingWith("Unknown image type \"qcow\" for rhel-9.6. Known image types, closest first: qcow2, ");
        assertThat(catchThrowableOfType(UnknownTargetException.class, () -> Target.of("fedora-43", "iot-raw"))
                .suggestions()).first().isIn("iot-raw-xz", "iot-raw-image");
        assertThat(catchThrowableOfType(UnknownTargetException.class, () -> Target.of("rhel-9.6", "edge-raw"))
                .suggestions()).startsWith("edge-raw-image");
        assertThat(catchThrowableOfType(UnknownTargetException.class, () -> Target.of("rhel-9.6", "qcow3"))
                .suggestions()).startsWith("qcow2");
    }

    @Test
    void anUnknownTargetIsABlueprintExceptionNotAnIllegalArgument() {
        Throwable e = catchThrowable(() -> Target.of("rhle-9", "qcow2"));
        assertThat(e).isInstanceOf(BlueprintException.class).isNotInstanceOf(IllegalArgumentException.class);
        assertThat(((BlueprintException) e).diagnostics()).isEmpty();
    }

    @Test
    void anUnknownDistributionListsTheKnownOnesClosestFirst() {
        UnknownTargetException e = catchThrowableOfType(UnknownTargetException.class, () -> Target.of("rehl-9.6", "qcow2"));
        assertThat(e.suggestions()).first().isEqualTo("rhel-9");
        assertThat(e.suggestions()).containsExactlyInAnyOrder("rhel-10", "rhel-9", "rhel-8", "rhel-7", "fedora", "eln", "bootc-generic");
        assertThat(e).hasMessageStartingWith("Unknown distribution \"rehl-9.6\". Known distributions, closest first: rhel-9, ");
        for (String unknown : new String[] {"rhel", "rhel-6.10", "ubuntu-24.04", "", "centos-stream-9", "9.6"}) {
            assertThatThrownBy(() -> Target.of(unknown, "qcow2")).as(unknown).isInstanceOf(UnknownTargetException.class);
        }
        assertThatThrownBy(() -> Target.of(null, null)).isInstanceOf(UnknownTargetException.class);
        assertThatThrownBy(() -> Target.of("rhel-9.6", null)).isInstanceOf(UnknownTargetException.class);
    }

    @Test
    void hidesRhelOnlyTypesForOtherDistributionsAndTypesOfNewerReleases() {
        assertThat(Target.of("rhel-9.6", "azure-rhui").imageType().name()).isEqualTo("azure-rhui");
        assertThat(catchThrowableOfType(UnknownTargetException.class, () -> Target.of("centos-9", "azure-rhui")))
                .hasMessageStartingWith("Image type \"azure-rhui\" is not available for centos-9:"
                        + " it exists only for the distribution name rhel.");
        assertThat(catchThrowableOfType(UnknownTargetException.class, () -> Target.of("rhel-8.4", "edge-raw-image")))
                .hasMessageContaining("it needs rhel-8.6 or newer");
        assertThat(Target.of("rhel-8.6", "edge-raw-image").imageType().isOstree()).isTrue();
        assertThat(Target.of("rhel-8", "edge-raw-image").imageType().isOstree()).isTrue();
        assertThat(catchThrowableOfType(UnknownTargetException.class, () -> Target.of("rhel-9.5", "azure-cvm")))
                .hasMessageContaining("rhel-9.6 or newer");
        List<String> centos = ImageTypes.forDistro("centos-9").stream().map(ImageType::name).toList();
        assertThat(centos).contains("qcow2", "azure").doesNotContain("azure-rhui", "ec2-ha", "ec2-sap", "azure-cvm");
    }

    @Test
    void describesTheImageTypeAndItsOptions() {
        ImageType type = Target.of("rhel-9.6", "edge-simplified-installer").imageType();
        assertThat(type.isOstree()).isTrue();
        assertThat(type.requiredOptions()).containsExactly("customizations.installation_device");
        assertThat(type.supports("customizations.kernel.append")).isTrue();
        assertThat(type.supports("packages")).isFalse();
        assertThat(type.partitioningModes()).isEmpty();
        ImageType tar = Target.of("rhel-9.6", "tar").imageType();
        assertThat(tar.supports("customizations.kernel")).isFalse();
        assertThat(tar.supportsPartly("customizations.kernel")).isTrue();
        assertThat(tar.supports("customizations.kernel.name")).isTrue();
        assertThat(tar.description()).isEqualTo("tar archive");
        assertThat(Target.of("rhel-9.6", "tar")).hasToString("rhel-9.6/tar");
        assertThat(Target.of("rhel-9.6", "qcow2")).isEqualTo(Target.of("rhel-9.6", "guest-image"))
                .hasSameHashCodeAs(Target.of("rhel-9.6", "guest-image"));
        assertThat(ImageTypes.upstream()).isEqualTo("osbuild/image-builder @ a1f35083b");
        assertThat(ImageTypes.exampleDistros()).hasSize(ImageTypes.distroDefinitions().size());
    }
}
