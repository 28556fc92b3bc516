package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code customizations.bootloader}: a known section whose keys are not verified yet
 * (osbuild/blueprint v1.32 is in no stored source). Its contents are read as written, reported
 * as information (not as unknown keys, not even in strict mode), and written back unchanged.
 */
class BootloaderSectionTest {

    private static final String TOML = """
            name = "bootc"

            [customizations.bootloader.grub2]
            terminal_input = ["serial", "console"]
            terminal_output = ["serial", "console"]
            serial = "serial --speed=115200 --unit=0"
            """;

    @Test
    void theContentsAreKeptAndReportedAsUnverified() {
        ReadResult read = BlueprintReader.builder().strict(true).build().readToml(TOML);
        assertThat(read.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path, Diagnostic::line)
                .containsExactly(tuple("BOOTLOADER-UNVERIFIED", Severity.INFO, "customizations.bootloader.grub2", 3));
        assertThat(read.diagnostics().get(0).message()).isEqualTo("\"grub2\" of customizations.bootloader is kept as written:"
                + " the keys of this section are not yet verified, so it is not checked.");
        Map<String, Object> contents = read.blueprint().customizations().bootloader().unknownKeys();
        assertThat(contents).containsOnlyKeys("grub2");
        assertThat(contents.get("grub2")).isEqualTo(Map.of("terminal_input", List.of("serial", "console"),
                "terminal_output", List.of("serial", "console"), "serial", "serial --speed=115200 --unit=0"));
        assertThat(read.blueprint().customizations().unknownKeys()).isEmpty();
    }

    @Test
    void writingPutsTheSectionBackUnchangedInTomlAndJson() {
        Blueprint bp = Blueprints.readToml(TOML);
        assertThat(Blueprints.toToml(bp)).isEqualTo(TOML);
        assertThat(Blueprints.readJson(Blueprints.toJson(bp))).isEqualTo(bp);
        assertThat(Blueprints.toJson(bp)).contains("\"bootloader\"").contains("\"terminal_output\"");
    }

    @Test
    void aWriterThatDropsUnknownKeysKeepsTheSection() {
        Blueprint bp = Blueprints.readToml("flavour = \"x\"\n" + TOML);
        assertThat(bp.unknownKeys()).containsOnlyKeys("flavour");
        String written = BlueprintWriter.builder().unknownKeys(false).build().toToml(bp);
        assertThat(written).isEqualTo(TOML);
    }

    @Test
    void theSectionIsWrittenAfterSshdAsTheSupportMatrixOrdersIt() {
        Blueprint bp = Blueprint.builder().name("x").customizations(c -> c
                .bootloader(b -> b.putUnknownKey("grub2", Map.of("serial", "serial --unit=1")))
                .sshd(s -> s.passwordAuthentication(false))).build();
        assertThat(Blueprints.toToml(bp)).isEqualTo("""
                name = "x"

                [customizations.sshd]
                password_authentication = false

                [customizations.bootloader.grub2]
                serial = "serial --unit=1"
                """);
    }
}
