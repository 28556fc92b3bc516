package io.github.blueprint4j.cli;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code blueprint validate}: reports what is wrong with blueprint files, as compiler-style
 * lines or as one JSON line per file.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks blueprint files and reports their errors and warnings on standard output.",
            "",
            "Text output (the default) prints one line per finding, like a compiler:",
            "  FILE:LINE:COLUMN: SEVERITY CODE PATH: MESSAGE (HINT)",
            "where SEVERITY is error, warning or info, and LINE:COLUMN, PATH and (HINT) are left out"
                    + " when they are not known. A file without findings prints nothing; a summary line goes"
                    + " to standard error.",
            "",
            "JSON output prints one line per file:",
            "  {\"file\": ..., \"format\": \"toml|json\", \"valid\": true|false, \"diagnostics\": [...]}",
            "where each diagnostic is",
            "  {\"code\": ..., \"severity\": \"ERROR|WARNING|INFO\", \"path\": ..., \"line\": ...,",
            "   \"column\": ..., \"message\": ..., \"hint\": ...}",
            "with null for unknown values. A file is valid when it has no error.",
            "",
            "A file that cannot be read gets one IO-READ error (also reported on standard error);"
                    + " its format is the one of its extension, else toml.",
            "The format of a file comes from its extension (.toml, .json), else from its content."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file is valid; warnings are allowed.",
            "1:A file has errors.",
            "2:Usage error, or a file cannot be read (wins over 1)."
        })
final class ValidateCommand implements Callable<Integer> {

    /** The two ways of printing the findings. */
    enum Output {
        /** Compiler-style lines. */
        TEXT,
        /** One JSON line per file. */
        JSON
    }

    /** Converts {@code text} or {@code json}, in any case, to an {@link Output}. */
    static final class OutputConverter implements ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            for (Output output : Output.values()) {
                if (output.name().equalsIgnoreCase(value)) {
                    return output;
                }
            }
            throw new TypeConversionException("expected text or json but was '" + value + "'");
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text", converter = OutputConverter.class,
            description = "How to print the findings: text (default) or json.")
    private Output output;

    @Option(names = "--strict",
            description = "Treat keys the blueprint format does not define as errors instead of warnings.")
    private boolean strict;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The blueprint files (.toml or .json).")
    private List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BlueprintReader reader = BlueprintReader.builder().strict(strict).build();
        int withErrors = 0;
        int unreadable = 0;
        for (String name : files) {
            Format format;
            List<Diagnostic> diagnostics;
            try {
                SourceFile source = SourceFile.read(name);
                format = source.format();
                diagnostics = diagnose(reader, source);
                if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
                    withErrors++;
                }
            } catch (UnreadableFileException e) {
                Format named = Format.fromFileName(name);
                format = named != null ? named : Format.TOML;
                diagnostics = List.of(e.diagnostic());
                unreadable++;
                err.println(DiagnosticFormat.text(name, e.diagnostic()));
            }
            print(out, name, format, diagnostics);
        }
        if (output == Output.TEXT) {
            err.println(summary(files.size(), withErrors, unreadable));
        }
        return unreadable > 0 ? ExitCodes.USAGE : withErrors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * Returns the findings of a file, in document order.
     *
     * @param reader the reader, strict or lenient
     * @param source the file
     * @return the diagnostics; the file is valid when none is an error
     */
    private static List<Diagnostic> diagnose(BlueprintReader reader, SourceFile source) {
        try {
            return reader.read(source.text(), source.format()).diagnostics();
        } catch (BlueprintParseException e) {
            return e.diagnostics();
        }
    }

    private void print(PrintWriter out, String name, Format format, List<Diagnostic> diagnostics) {
        if (output == Output.JSON) {
            out.println(DiagnosticFormat.jsonLine(name, format, diagnostics));
        } else {
            diagnostics.forEach(d -> out.println(DiagnosticFormat.text(name, d)));
        }
    }

    private static String summary(int files, int withErrors, int unreadable) {
        StringBuilder summary = new StringBuilder().append(files).append(files == 1 ? " file" : " files")
                .append(" checked");
        if (withErrors == 0 && unreadable == 0) {
            return summary.append(", no errors").toString();
        }
        if (withErrors > 0) {
            summary.append(", ").append(withErrors).append(" with errors");
        }
        if (unreadable > 0) {
            summary.append(", ").append(unreadable).append(" unreadable");
        }
        return summary.toString();
    }
}
