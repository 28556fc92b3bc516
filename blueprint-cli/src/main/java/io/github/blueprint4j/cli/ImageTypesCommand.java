package io.github.blueprint4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.model.internal.Redaction;
import io.github.blueprint4j.validation.ImageType;
import io.github.blueprint4j.validation.ImageTypes;
import io.github.blueprint4j.validation.UnknownTargetException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            "where an empty partitioning_modes list means any mode."
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

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text",
            converter = ValidateCommand.OutputConverter.class,
            description = "How to print the list: text (default) or json.")
    private ValidateCommand.Output output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> distros = distro == null ? ImageTypes.exampleDistros() : List.of(distro);
        for (String name : distros) {
            List<ImageType> types;
            try {
                types = ImageTypes.forDistro(name);
            } catch (UnknownTargetException e) {
                // a name the user mistyped: the closest names, without the usage text around them
                spec.commandLine().getErr().println(Redaction.escape(e.getMessage()));
                return ExitCodes.USAGE;
            }
            if (output == ValidateCommand.Output.JSON) {
                out.println(json(name, types));
            } else {
                text(out, name, types);
            }
        }
        return ExitCodes.OK;
    }

    private static void text(PrintWriter out, String distro, List<ImageType> types) {
        out.println(distro + " (image definitions " + ImageTypes.definitionOf(distro) + ", " + ImageTypes.upstream() + ")");
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

    private static String json(String distro, List<ImageType> types) {
        ObjectNode line = DiagnosticFormat.jsonObject();
        line.put("distro", distro);
        line.put("definition", ImageTypes.definitionOf(distro));
        line.put("upstream", ImageTypes.upstream());
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
