package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.internal.Redaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint convert}: writes blueprint files in the other format (or canonically in
 * the same one), to standard output or into a directory.
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Converts blueprint files to TOML or JSON.",
            "",
            "Without --out-dir, give exactly one FILE: the converted document goes to standard output.",
            "With --out-dir, each FILE is written into DIR (created if missing) under its file name"
                    + " with the last extension replaced by .toml or .json, or appended if it has none:",
            "  a.blueprint.json -> DIR/a.blueprint.toml, web -> DIR/web.toml",
            "A file that is not a readable blueprint has its diagnostics printed on standard error;"
                    + " the other files are still converted.",
            "The format of a file comes from its extension (.toml, .json), else from its content.",
            "JSON converted to JSON keeps the order of its keys."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file was converted.",
            "1:A file is not a readable blueprint.",
            "2:Usage error, or a file cannot be read or written (wins over 1)."
        })
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "toml|json", converter = FormatConverter.class,
            description = "The format to write: toml or json.")
    private Format to;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Write each converted file into this directory instead of to standard output.")
    private Path outDir;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The blueprint files (.toml or .json).")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outDir == null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "Without --out-dir, convert takes exactly one FILE; use --out-dir DIR to convert several.");
        }
        BlueprintWriter writer = BlueprintWriter.builder().build();
        BlueprintFiles inputs = new BlueprintFiles(err);
        if (outDir == null) {
            inputs.load(files.get(0)).ifPresent(file -> out.print(converted(writer, file)));
            return inputs.exitCode();
        }
        checkDistinctTargets();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println(Redaction.escape(outDir + ": The directory cannot be created: " + IoErrors.reason(e) + "."));
            return ExitCodes.USAGE;
        }
        for (String name : files) {
            inputs.load(name).ifPresent(file -> {
                Path target = outDir.resolve(targetName(file.source().path(), to));
                try {
                    Files.writeString(target, converted(writer, file), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    inputs.fail(target.toString(), "The file cannot be written: " + IoErrors.reason(e) + ".",
                            ExitCodes.USAGE);
                }
            });
        }
        return inputs.exitCode();
    }

    /** Writes a file in the target format; JSON read from JSON keeps its key order. */
    private String converted(BlueprintWriter writer, BlueprintFiles.Loaded file) {
        return to == Format.JSON && file.document().format() == Format.JSON
                ? file.document().formatted() : writer.write(file.result().blueprint(), to);
    }

    /**
     * Returns the name a converted file gets: the input's file name with its last extension
     * replaced by the extension of the format, or with that extension appended when it has none.
     *
     * @param input the input file
     * @param to    the format written
     * @return the file name, without directory
     */
    static String targetName(Path input, Format to) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        // A leading dot starts a hidden file's name, not an extension.
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "." + to.extension();
    }

    /** Refuses inputs that would be written to the same file, before anything is written. */
    private void checkDistinctTargets() {
        Map<String, String> inputOfTarget = new HashMap<>();
        for (String name : files) {
            // Names that are no file are left to reading, which reports them with the other unreadable files.
            Path input;
            try {
                input = Path.of(name);
            } catch (InvalidPathException e) {
                continue;
            }
            if (input.getFileName() == null) {
                continue;
            }
            String target = targetName(input, to);
            String other = inputOfTarget.putIfAbsent(target, name);
            if (other != null && !other.equals(name)) {
                throw new ParameterException(spec.commandLine(), other + " and " + name + " would both be written to "
                        + outDir.resolve(target) + "; convert them into different directories.");
            }
        }
    }
}
