package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.internal.Redaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
            "Without options, give exactly one FILE: the formatted document goes to standard output.",
            "With --write, each FILE whose content changes is rewritten in place; nothing is printed.",
            "With --check, nothing is written: the names of the files that are not formatted are"
                    + " printed on standard output.",
            "A file that is not a readable blueprint has its diagnostics printed on standard error;"
                    + " the other files are still handled.",
            "fmt handles TOML only: a JSON file is reported on standard error (use convert --to toml"
                    + " for it) and the other files are still handled."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file was formatted, or with --check is formatted already.",
            "1:A file is not a readable blueprint, or with --check is not formatted.",
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The TOML blueprint files.")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (mode == null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "Without --check or --write, fmt takes exactly one FILE.");
        }
        BlueprintWriter writer = BlueprintWriter.builder().build();
        BlueprintFiles inputs = new BlueprintFiles(err);
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
            String formatted = writer.toToml(file.result().blueprint());
            if (mode == null) {
                out.print(formatted);
            } else if (!formatted.equals(source.text())) {
                if (mode.check) {
                    out.println(Redaction.escape(name));
                    exitCode = ExitCodes.FAILED;
                } else {
                    try {
                        Files.writeString(source.path(), formatted, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        inputs.fail(name, "The file cannot be written: " + IoErrors.reason(e) + ".", ExitCodes.USAGE);
                    }
                }
            }
        }
        return Math.max(exitCode, inputs.exitCode());
    }
}
