package io.github.blueprint4j.cli;

import io.github.blueprint4j.operations.BlueprintDiff;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint diff}: shows what changed from one blueprint to another, as text lines or
 * as one JSON document.
 */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Shows what changed from blueprint A to blueprint B, on standard output.",
            "",
            "List entries are matched by what identifies them (packages, users and groups by name,"
                    + " files and directories by path, filesystems by mountpoint, repositories by id,"
                    + " containers by source), so reordering a list changes nothing.",
            "Passwords and other secrets show as <hidden>, never with their values.",
            "",
            "Text output (the default) prints one line per change, nothing when the blueprints are equal:",
            "  + PATH = NEW           added",
            "  - PATH = OLD           removed",
            "  ~ PATH = OLD -> NEW    changed",
            "with values in JSON, for example",
            "  + packages[vim] = {\"name\":\"vim\",\"version\":\"9.*\"}",
            "  - customizations.user[alice].groups[wheel] = \"wheel\"",
            "",
            "JSON output prints one line:",
            "  {\"changes\": [{\"kind\": \"ADDED|REMOVED|CHANGED\", \"path\": ..., \"old\": ..., \"new\": ...}]}",
            "with null for an absent value.",
            "",
            "The format of a file comes from its extension (.toml, .json), else from its content.",
            "A value a blueprint cannot hold (warning GEN-VALUE-NOT-KEPT: a null in a list, nan, ...) is not"
                    + " compared; its warning is printed on standard error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The blueprints are equal.",
            "1:The blueprints differ.",
            "2:Usage error, or a file cannot be read or is not a readable blueprint."
        })
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text",
            converter = ValidateCommand.OutputConverter.class,
            description = "How to print the changes: text (default) or json.")
    private ValidateCommand.Output output;

    @Parameters(index = "0", paramLabel = "A", description = "The first (older) blueprint file (.toml or .json); - reads standard input.")
    private String first;

    @Parameters(index = "1", paramLabel = "B", description = "The second (newer) blueprint file (.toml or .json); - reads standard input.")
    private String second;

    /** What {@code -} reads; {@code null} for the process's standard input. */
    private final InputStream in;

    /** Creates the command; {@code -} reads the process's standard input. */
    DiffCommand() {
        this(null);
    }

    /**
     * Creates the command reading {@code -} from a stream.
     *
     * @param in the stream, or {@code null} for the process's standard input
     */
    DiffCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BlueprintFiles files = new BlueprintFiles(spec.commandLine().getErr(), in);
        Optional<BlueprintFiles.Loaded> from = files.load(first);
        Optional<BlueprintFiles.Loaded> to = files.load(second);
        if (from.isEmpty() || to.isEmpty()) {
            return ExitCodes.USAGE;
        }
        files.warnNotKept(from.get());
        files.warnNotKept(to.get());
        BlueprintDiff diff = BlueprintDiff.between(from.get().result().blueprint(), to.get().result().blueprint());
        if (output == ValidateCommand.Output.JSON) {
            out.println(diff.toJson());
        } else {
            out.print(diff.toText());
        }
        return diff.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
