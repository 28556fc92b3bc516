package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.internal.Redaction;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint fmt}: writes TOML blueprint files in their canonical layout, checks that
 * they are, or prints them formatted.
 */
@Command(name = "fmt",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Formats TOML blueprint files in the canonical layout.",
            "",
            "The canonical layout has the root keys, then the lists of packages, modules, groups and"
                    + " containers, then the customizations, each table's keys in the order of the blueprint"
                    + " format.",
            "Every comment is kept with the key, table, list entry or array element it belongs to, and"
                    + " moves with it; blank lines between groups, arrays written over several lines (one"
                    + " element per line) and string styles are kept; arrays longer than 100 columns are"
                    + " wrapped.",
            "Without options, give exactly one FILE: the formatted document goes to standard output.",
            "With --write, each FILE whose content changes is rewritten in place; nothing is printed.",
            "With --check, nothing is written: the names of the files that are not formatted are"
                    + " printed on standard output; with --check --diff, a unified diff of what would change"
                    + " instead (as gofmt -d).",
            "A file that is not a readable blueprint has its diagnostics printed on standard error;"
                    + " the other files are still handled.",
            "A file with a value a blueprint cannot hold (warning GEN-VALUE-NOT-KEPT: nan, inf, an integer"
                    + " beyond 64 bits) is not formatted, since formatting would drop the value: it is reported"
                    + " on standard error.",
            "fmt handles TOML only: a JSON file is reported on standard error (use convert --to toml"
                    + " for it) and the other files are still handled."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file was formatted, or with --check is formatted already.",
            "1:A file is not a readable blueprint, holds a value formatting would drop, or with --check is"
                    + " not formatted.",
            "2:Usage error, a JSON file, or a file cannot be read or written (wins over 1)."
        })
final class FmtCommand implements Callable<Integer> {

    /** What to do with the formatted documents besides printing them; at most one. */
    static final class Mode {
        @Option(names = "--check", description = "List the files that are not formatted; write nothing.")
        boolean check;

        @Option(names = "--write", description = "Rewrite the files that are not formatted, in place.")
        boolean write;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Mode mode;

    @Option(names = "--diff", description = "With --check: print a unified diff of each file that is not formatted.")
    private boolean diff;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The TOML blueprint files; - reads standard input.")
    private List<String> files;

    /** What {@code -} reads; {@code null} for the process's standard input. */
    private final InputStream in;

    /** Creates the command; {@code -} reads the process's standard input. */
    FmtCommand() {
        this(null);
    }

    /**
     * Creates the command reading {@code -} from a stream.
     *
     * @param in the stream, or {@code null} for the process's standard input
     */
    FmtCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (diff && (mode == null || !mode.check)) {
            throw new ParameterException(spec.commandLine(), "--diff goes with --check.");
        }
        if (mode == null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "Without --check or --write, fmt takes exactly one FILE.");
        }
        if (mode != null && mode.write) {
            BlueprintFiles.refuseStandardInput(spec, files, "--write rewrites files in place");
        }
        BlueprintFiles inputs = new BlueprintFiles(err, in);
        int exitCode = ExitCodes.OK;
        for (String name : files) {
            SourceFile source = inputs.source(name).orElse(null);
            if (source == null) {
                continue;
            }
            if (source.format() == Format.JSON) {
                inputs.fail(name, "The file holds JSON, but fmt formats TOML only; use \"blueprint convert --to toml\""
                        + " instead.", ExitCodes.USAGE);
                continue;
            }
            BlueprintFiles.Loaded file = inputs.blueprint(source).orElse(null);
            if (file == null) {
                continue;
            }
            String formatted = file.document().formatted();
            if (!inputs.keepsEverything(file, formatted)) {
                continue;
            }
            if (mode == null) {
                out.print(formatted);
            } else if (!formatted.equals(source.text())) {
                if (mode.check) {
                    String changes = diff ? UnifiedDiff.of(name, source.text(), name + " (formatted)", formatted) : "";
                    if (changes.isEmpty()) {
                        // without --diff, or when only line breaks (CRLF) change, which a diff of lines does not show
                        out.println(Redaction.escape(name));
                    } else {
                        out.print(changes);
                    }
                    exitCode = ExitCodes.FAILED;
                } else {
                    inputs.write(source, formatted);
                }
            }
        }
        return Math.max(exitCode, inputs.exitCode());
    }
}
