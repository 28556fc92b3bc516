package io.github.blueprint4j.cli;

import io.github.blueprint4j.validation.ImageDefinitions;
import io.github.blueprint4j.validation.ImageType;
import java.util.List;

/**
 * The customization × image type table of a distribution, in Markdown: a row per option of the
 * image definitions, a column per image type, {@code Y} where the image type supports the option,
 * {@code part} where it supports only some sub-keys, {@code required} where it requires it and
 * {@code –} where the build ignores it. {@code blueprint image-types --output markdown} prints it,
 * and the README's table is this output.
 */
final class SupportMatrix {

    private SupportMatrix() {
    }

    /**
     * Renders the table of one distribution, with a heading that names the image definitions and their upstream revision.
     *
     * @param definitions the revision of the image definitions
     * @param distro      the distribution
     * @param types       its image types
     * @return the Markdown, ending with a blank line
     */
    static String markdown(ImageDefinitions definitions, String distro, List<ImageType> types) {
        StringBuilder md = new StringBuilder();
        md.append("#### ").append(distro).append(" (image definitions ").append(definitions.definitionOf(distro))
                .append(", ").append(definitions.upstream()).append(")\n\n");
        md.append("| option |");
        types.forEach(type -> md.append(' ').append(type.name()).append(" |"));
        md.append("\n|---|");
        types.forEach(type -> md.append(":---:|"));
        md.append('\n');
        for (String option : definitions.options()) {
            md.append("| `").append(option).append("` |");
            for (ImageType type : types) {
                md.append(' ').append(cell(type, option)).append(" |");
            }
            md.append('\n');
        }
        return md.append('\n').toString();
    }

    private static String cell(ImageType type, String option) {
        if (type.requiredOptions().contains(option)) {
            return "required";
        }
        return type.supports(option) ? "Y" : type.supportsPartly(option) ? "part" : "–";
    }
}
