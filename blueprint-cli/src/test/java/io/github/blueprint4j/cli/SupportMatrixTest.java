package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code image-types --output markdown}: the customization × image type tables, which the README shows verbatim. */
class SupportMatrixTest {

    private static final String BEGIN = "<!-- image-types --output markdown: begin -->\n";
    private static final String END = "<!-- image-types --output markdown: end -->";

    @Test
    void printsATableOfOptionsByImageTypeForADistribution() {
        Cli.Result result = Cli.run("image-types", "--output", "markdown", "--distro", "rhel-9.6");
        assertThat(result.exitCode()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).isEqualTo("#### rhel-9.6 (image definitions rhel-9, osbuild/image-builder @ a1f35083b)");
        assertThat(lines.get(2)).startsWith("| option | container | container-minimal | qcow2 |");
        assertThat(lines.get(3)).startsWith("|---|:---:|:---:|");
        String[] header = lines.get(2).split(" \\| ");
        int tar = List.of(header).indexOf("tar");
        int installer = List.of(header).indexOf("edge-simplified-installer");
        assertThat(row(lines, "customizations.firstboot")[tar]).isEqualTo("Y");
        assertThat(row(lines, "customizations.kernel")[tar]).isEqualTo("part");
        assertThat(row(lines, "customizations.filesystem")[tar]).isEqualTo("–");
        assertThat(row(lines, "customizations.installation_device")[installer]).isEqualTo("required");
        assertThat(lines).hasSize(4 + 38 + 1);
    }

    @Test
    void theReadmeShowsTheTablesOfEveryDefinition() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(BEGIN, END);
        String section = readme.substring(readme.indexOf(BEGIN) + BEGIN.length(), readme.indexOf(END));
        assertThat(section).isEqualTo(Cli.run("image-types", "--output", "markdown").out());
    }

    private static String[] row(List<String> lines, String option) {
        return lines.stream().filter(line -> line.startsWith("| `" + option + "` |")).findFirst().orElseThrow().split(" \\| ");
    }
}
