package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code customizations.bootloader} is an option of the bootc disk image types only (revision 2). */
class BootloaderTargetTest {

    private static final String TOML = """
            name = "bootc"

            [customizations.bootloader.grub2]
            serial = "serial --speed=115200"
            """;

    private static List<Diagnostic> unsupported(String distro, String imageType) {
        ReadResult read = BlueprintReader.builder().build().readToml(TOML);
        return BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER).target(Target.of(distro, imageType)).build()
                .validate(read.blueprint(), read.sourceMap()).diagnostics().stream()
                .filter(d -> d.code().equals("IT-UNSUPPORTED-OPTION")).toList();
    }

    @Test
    void theBootcDiskTypesSupportTheSection() {
        for (String type : List.of("qcow2", "raw", "oci", "ova", "vsphere-ova")) {
            assertThat(unsupported("bootc-generic", type)).as(type).isEmpty();
        }
    }

    @Test
    void otherImageTypesIgnoreIt() {
        assertThat(unsupported("rhel-9.6", "qcow2")).extracting(Diagnostic::path, Diagnostic::severity, Diagnostic::line)
                .containsExactly(tuple("customizations.bootloader", Severity.WARNING, 3));
        assertThat(unsupported("bootc-generic", "anaconda-iso")).extracting(Diagnostic::path)
                .containsExactly("customizations.bootloader");
    }
}
