package io.github.blueprint4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.validation.ImageDefinitions;
import io.github.blueprint4j.model.internal.Redaction;
import io.github.blueprint4j.validation.ImageType;
import io.github.blueprint4j.validation.UnknownTargetException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code blueprint image-types}: lists the image types of each distribution with their aliases,
 * what they support and what they require.
 */
@Command(name = "image-types",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Lists the image types osbuild builds for a distribution (or for every bundled image definition),"
                    + " with their aliases, the blueprint options each supports and requires, and the partitioning"
                    + " modes it accepts. name, version and description are always supported.",
            "",
            "JSON output prints one line per distribution:",
            "  {\"distro\": ..., \"definition\": ..., \"upstream\": ..., \"image_types\": [{\"name\": ..., \"aliases\": [...],",
            "   \"description\": ..., \"ostree\": ..., \"supported\": [...], \"required\": [...], \"partitioning_modes\": [...]}]}",
            "where an empty partitioning_modes list means any mode.",
            "",
            "Markdown output prints, per distribution, a table of option \u00d7 image type: Y supported, part only some"
                    + " sub-keys, required, \u2013 ignored by the build."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The image types were listed.",
            "2:Usage error, such as an unknown distribution."
        })
final class ImageTypesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--distro", paramLabel = "DISTRO",
            description = "The distribution, such as rhel-9.6, centos-9, fedora-43, eln or bootc-generic."
                    + " Default: one of each bundled image definition.")
    private String distro;

    @Option(names = "--output", paramLabel = "text|json|markdown", defaultValue = "text",
            converter = ListingConverter.class,
            description = "How to print the list: text (default), json, or markdown (a table of option \u00d7 image type).")
    private Listing output;

    @Option(names = "--image-data-revision", paramLabel = "REVISION",
            description = "The revision of the bundled image definitions: 2 (osbuild/image-builder @ a1f35083b, the"
                    + " default) or 1 (osbuild/images @ 1146ec23c, for builds with an older osbuild).")
    private String revision;

    /** How {@code image-types} prints. */
    enum Listing {
        /** Indented lines. */
        TEXT,
        /** One JSON line per distribution. */
        JSON,
        /** A Markdown table per distribution. */
        MARKDOWN
    }

    /** Converts {@code text}, {@code json} or {@code markdown}, in any case, to a {@link Listing}. */
    static final class ListingConverter implements ITypeConverter<Listing> {
        @Override
        public Listing convert(String value) {
            try {
                return Listing.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not text, json or markdown");
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImageDefinitions definitions = ValidateCommand.imageDefinitions(spec, revision);
        List<String> distros = distro == null ? definitions.exampleDistros() : List.of(distro);
        for (String name : distros) {
            List<ImageType> types;
            try {
                types = definitions.forDistro(name);
            } catch (UnknownTargetException e) {
                // a name the user mistyped: the closest names, without the usage text around them
                spec.commandLine().getErr().println(Redaction.escape(e.getMessage()));
                return ExitCodes.USAGE;
            }
            switch (output) {
                case JSON -> out.println(json(definitions, name, types));
                case MARKDOWN -> out.print(SupportMatrix.markdown(definitions, name, types));
                default -> text(out, definitions, name, types);
            }
        }
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, ImageDefinitions definitions, String distro, List<ImageType> types) {
        out.println(distro + " (image definitions " + definitions.definitionOf(distro) + ", " + definitions.upstream() + ")");
        for (ImageType type : types) {
            StringBuilder title = new StringBuilder("  ").append(type.name());
            if (!type.aliases().isEmpty()) {
                title.append(" (").append(String.join(", ", type.aliases())).append(')');
            }
            title.append(": ").append(type.description());
            if (type.isOstree()) {
                title.append(", ostree");
            }
            out.println(title);
            out.println("    supports: " + (type.supportedOptions().isEmpty() ? "nothing beyond name, version and description"
                    : String.join(", ", type.supportedOptions())));
            if (!type.requiredOptions().isEmpty()) {
                out.println("    requires: " + String.join(", ", type.requiredOptions()));
            }
            if (!type.partitioningModes().isEmpty()) {
                out.println("    partitioning modes: " + type.partitioningModes().stream()
                        .map(m -> m.isEmpty() ? "none given" : m).collect(Collectors.joining(", ")));
            }
        }
    }

    private static String json(ImageDefinitions definitions, String distro, List<ImageType> types) {
        ObjectNode line = DiagnosticFormat.jsonObject();
        line.put("distro", distro);
        line.put("definition", definitions.definitionOf(distro));
        line.put("upstream", definitions.upstream());
        ArrayNode array = line.putArray("image_types");
        for (ImageType type : types) {
            ObjectNode entry = array.addObject();
            entry.put("name", type.name());
            type.aliases().forEach(entry.putArray("aliases")::add);
            entry.put("description", type.description());
            entry.put("ostree", type.isOstree());
            type.supportedOptions().forEach(entry.putArray("supported")::add);
            type.requiredOptions().forEach(entry.putArray("required")::add);
            type.partitioningModes().forEach(entry.putArray("partitioning_modes")::add);
        }
        return DiagnosticFormat.jsonLine(line);
    }
}
