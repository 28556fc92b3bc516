package io.github.blueprint4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.interchange.Conversion;
import io.github.blueprint4j.interchange.ConversionOptions;
import io.github.blueprint4j.interchange.Interchange;
import io.github.blueprint4j.interchange.Loss;
import io.github.blueprint4j.interchange.Shape;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.internal.Redaction;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.UnknownTargetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code blueprint convert}: writes blueprint files in the other format (or canonically in
 * the same one), or in one of the neighbouring shapes (hosted service, cloud API,
 * bootc-image-builder), to standard output or into a directory, with a report of every value
 * the conversion loses.
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Converts blueprint files to classic TOML or JSON, or to a neighbouring shape: the hosted Image Builder"
                    + " service's request (hosted), an osbuild-composer cloud API compose request (cloudapi) or a"
                    + " bootc-image-builder config (bib).",
            "",
            "The shape of each input is detected from its content (or given with --from). Standard output (or"
                    + " the file in --out-dir) holds only the converted document; every value the conversion drops,"
                    + " changes in form or needs from you is reported on standard error, as is every value a"
                    + " blueprint cannot hold (warning GEN-VALUE-NOT-KEPT: a null in a list, nan, ...), which no"
                    + " target has.",
            "Without --out-dir, give exactly one FILE. With --out-dir, each FILE is written into DIR (created if"
                    + " missing) under its file name with the last extension replaced by .toml or .json:",
            "  a.blueprint.json -> DIR/a.blueprint.toml, web -> DIR/web.toml",
            "A file that cannot be converted has its diagnostics printed on standard error; the other files are"
                    + " still converted.",
            "JSON converted to JSON keeps the order of its keys."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file was converted.",
            "1:A file is not a readable blueprint (or, with --fail-on-loss, a conversion lost something).",
            "2:Usage error, or a file cannot be read or written (wins over 1)."
        })
final class ConvertCommand implements Callable<Integer> {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final BlueprintWriter WRITER = BlueprintWriter.builder().build();

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "toml|json|hosted|cloudapi|bib",
            converter = ConvertTarget.Converter.class,
            description = "What to write: classic toml or json, hosted, cloudapi or bib.")
    private ConvertTarget to;

    @Option(names = "--from", paramLabel = "classic|hosted|cloudapi|bib", converter = ShapeConverter.class,
            description = "The shape of the inputs (default: detected from each file's content).")
    private Shape from;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Write each converted file into this directory instead of to standard output.")
    private Path outDir;

    @Option(names = "--report", paramLabel = "text|json", defaultValue = "text",
            description = "The loss report on standard error: text lines, or one JSON line per input (default: text).")
    private String report;

    @Option(names = "--fail-on-loss", description = "Exit with 1 when a conversion drops or changes the meaning of a value.")
    private boolean failOnLoss;

    @Option(names = "--image-type", paramLabel = "TYPE",
            description = "The image type of the hosted or cloud API image request, or the bootc image type of a bib config.")
    private String imageType;

    @Option(names = "--architecture", paramLabel = "ARCH",
            description = "The architecture when the blueprint has none (hosted, cloudapi).")
    private String architecture;

    @Option(names = "--distribution", paramLabel = "DISTRO",
            description = "The distribution when the blueprint has none (hosted, cloudapi).")
    private String distribution;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The name when the blueprint has none (hosted, cloudapi).")
    private String name;

    @Option(names = "--upload-type", paramLabel = "TYPE",
            description = "The hosted upload target: aws, gcp, azure, aws.s3 or oci.objectstorage (its options are empty).")
    private String uploadType;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The blueprint files; - reads standard input.")
    private List<String> files;

    /** Whether a conversion of this run lost something, for --fail-on-loss. */
    private boolean lost;

    /** What {@code -} reads; {@code null} for the process's standard input. */
    private final InputStream in;

    /** Creates the command; {@code -} reads the process's standard input. */
    ConvertCommand() {
        this(null);
    }

    /**
     * Creates the command reading {@code -} from a stream.
     *
     * @param in the stream, or {@code null} for the process's standard input
     */
    ConvertCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outDir == null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(),
                    "Without --out-dir, convert takes exactly one FILE; use --out-dir DIR to convert several.");
        }
        if (!report.equals("text") && !report.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--report takes text or json, not '" + report + "'.");
        }
        if (to == ConvertTarget.BIB && imageType == null) {
            throw new ParameterException(spec.commandLine(), "--to bib needs --image-type (a bootc image type: qcow2, raw,"
                    + " ami, vmdk, anaconda-iso, ...).");
        }
        BlueprintFiles inputs = new BlueprintFiles(err, in);
        if (outDir == null) {
            inputs.source(files.get(0)).ifPresent(source -> convert(source, inputs, err)
                    .ifPresent(out::print));
            return exitCode(inputs);
        }
        BlueprintFiles.refuseStandardInput(spec, files, "--out-dir names each output after its input file;"
                + " convert standard input without --out-dir");
        checkDistinctTargets();
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println(Redaction.escape(outDir + ": The directory cannot be created: " + IoErrors.reason(e) + "."));
            return ExitCodes.USAGE;
        }
        for (String file : files) {
            inputs.source(file).ifPresent(source -> convert(source, inputs, err).ifPresent(text -> {
                Path target = outDir.resolve(targetName(source.path(), to.format()));
                try {
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    inputs.fail(target.toString(), "The file cannot be written: " + IoErrors.reason(e) + ".",
                            ExitCodes.USAGE);
                }
            }));
        }
        return exitCode(inputs);
    }

    private int exitCode(BlueprintFiles inputs) {
        return Math.max(inputs.exitCode(), failOnLoss && lost ? ExitCodes.FAILED : ExitCodes.OK);
    }

    /** Converts one file; the loss report goes to the error stream. Empty if it cannot be converted (reported). */
    private Optional<String> convert(SourceFile source, BlueprintFiles inputs, PrintWriter err) {
        Shape shape = from != null ? from : Interchange.detect(source.text());
        List<Loss> losses = new ArrayList<>();
        ReadResult read;
        try {
            if (shape == Shape.CLASSIC) {
                read = READER.read(source.text(), source.format());
            } else {
                Conversion<Blueprint> classic = Interchange.toClassic(source.text(), shape);
                losses.addAll(classic.losses());
                read = READER.readJson(Blueprints.toJson(classic.result()));
                read = new ReadResult(read.blueprint(), source.format(), read.diagnostics(), SourceMap.NONE);
            }
        } catch (BlueprintParseException e) {
            inputs.refuse(source.name(), e.diagnostics());
            return Optional.empty();
        }
        // values reading could not keep are in no target: the first entries of the report
        BlueprintFiles.notKept(read.diagnostics()).forEach(d -> losses.add(
                new Loss(d.code(), d.severity(), d.path(), null, d.location(), d.message(), d.hint())));
        ConversionOptions options = ConversionOptions.builder().name(name).distribution(distribution)
                .architecture(architecture).imageType(imageType)
                .upload(uploadType, Map.of()).build();
        String text;
        try {
            text = switch (to) {
                case TOML, JSON -> to == ConvertTarget.JSON && shape == Shape.CLASSIC && source.format() == Format.JSON
                        ? READER.readDocument(source.text(), Format.JSON).formatted()   // keeps the key order
                        : WRITER.write(read.blueprint(), to.format());
                case HOSTED -> collect(Interchange.toHosted(read, options), losses);
                case CLOUDAPI -> collect(Interchange.toCloudApi(read, options), losses);
                case BIB -> WRITER.write(collect(Interchange.toBib(read, options), losses), Format.TOML);
            };
        } catch (UnknownTargetException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        printReport(source, shape, losses, err);
        lost |= losses.stream().anyMatch(loss -> loss.severity() != Severity.INFO);
        return Optional.of(text);
    }

    private static <T> T collect(Conversion<T> conversion, List<Loss> losses) {
        losses.addAll(conversion.losses());
        return conversion.result();
    }

    private void printReport(SourceFile source, Shape shape, List<Loss> losses, PrintWriter err) {
        if (report.equals("json")) {
            ObjectNode line = DiagnosticFormat.jsonObject();
            line.put("file", source.name());
            line.put("from", shape.id());
            line.put("to", to.id());
            line.put("lossless", losses.stream().allMatch(loss -> loss.severity() == Severity.INFO));
            ArrayNode array = line.putArray("losses");
            for (Loss loss : losses) {
                ObjectNode entry = array.addObject();
                entry.put("code", loss.code());
                entry.put("severity", loss.severity().name());
                entry.put("path", loss.sourcePath());
                entry.put("target_path", loss.targetPath());
                entry.put("line", loss.location() == null ? null : loss.location().line());
                entry.put("column", loss.location() == null ? null : loss.location().column());
                entry.put("message", loss.message());
                entry.put("hint", loss.hint());
            }
            err.println(DiagnosticFormat.jsonLine(line));
            return;
        }
        for (Loss loss : losses) {
            err.println(DiagnosticFormat.text(source.name(), loss.toDiagnostic())
                    + (loss.targetPath() == null ? "" : " [" + to.id() + ": " + loss.targetPath() + "]"));
        }
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
            String target = targetName(input, to.format());
            String other = inputOfTarget.putIfAbsent(target, name);
            if (other != null && !other.equals(name)) {
                throw new ParameterException(spec.commandLine(), other + " and " + name + " would both be written to "
                        + outDir.resolve(target) + "; convert them into different directories.");
            }
        }
    }
}
