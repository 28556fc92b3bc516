package io.github.blueprint4j.cli;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.interchange.Conversion;
import io.github.blueprint4j.interchange.Interchange;
import io.github.blueprint4j.interchange.Shape;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.internal.Redaction;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.ImageDefinitions;
import io.github.blueprint4j.validation.ImageTypes;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.UnknownTargetException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
            "The other shapes are checked too: a hosted Image Builder request, an osbuild-composer cloud API compose"
                    + " request or a bootc-image-builder config (detected from the content, or given with --from) is"
                    + " converted to a classic blueprint and validated, and each finding is reported at the path, line"
                    + " and column of the value in that file ('blueprint convert' reports what the conversion loses).",
            "",
            "A file that cannot be read gets one IO-READ error (also reported on standard error);"
                    + " its format is the one of its extension, else toml.",
            "The format of a file comes from its extension (.toml, .json), else from its content.",
            "",
            "With --distro and --image-type, the checks of that image type run too: options it does not support"
                    + " (IT-UNSUPPORTED-OPTION) or requires (IT-REQUIRED-OPTION), its partitioning modes and path"
                    + " policies, the distribution's OpenSCAP profiles and releases. Most are warnings, errors with"
                    + " --strict. 'blueprint image-types' lists the image types."
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
            description = "Treat keys the blueprint format does not define as errors, and give every rule the"
                    + " severity of the specification: build-time, downstream and documented errors the reference"
                    + " implementation does not enforce become errors.")
    private boolean strict;

    @Option(names = "--profile", paramLabel = "composer|image-builder", defaultValue = "composer",
            converter = ProfileConverter.class,
            description = "What the blueprints are for: composer (default; the server's push needs a name and a"
                    + " semantic version) or image-builder (image-builder and bootc-image-builder configurations).")
    private Profile profile;

    @Option(names = "--policy", paramLabel = "default|none|NAME[,NAME...]", defaultValue = "default",
            converter = PolicyConverter.class,
            description = "Path policies for mountpoints, custom files and directories: default (the tables of the"
                    + " image type given with --image-type, else the newest default tables; the default), none, or a"
                    + " comma-separated list of table names (${COMPLETION-CANDIDATES}).",
            completionCandidates = PolicyConverter.Names.class)
    private PathPolicies policies;

    @Option(names = "--distro", paramLabel = "DISTRO",
            description = "The distribution the blueprints are built for, such as rhel-9.6, centos-9, fedora-43, eln or"
                    + " bootc-generic; goes with --image-type.")
    private String distro;

    @Option(names = "--image-type", paramLabel = "TYPE",
            description = "The image type, such as qcow2, guest-image, tar or edge-raw-image; goes with --distro.")
    private String imageType;

    @Option(names = "--image-data-revision", paramLabel = "REVISION",
            description = "The revision of the bundled image definitions --distro and --image-type are checked against:"
                    + " 2 (osbuild/image-builder @ a1f35083b, the default) or 1 (osbuild/images @ 1146ec23c, for builds"
                    + " with an older osbuild).")
    private String revision;

    @Option(names = "--from", paramLabel = "classic|hosted|cloudapi|bib", converter = ShapeConverter.class,
            description = "The shape of the files (default: detected from each file's content).")
    private Shape from;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "The blueprint files (.toml or .json); - reads standard input.")
    private List<String> files;

    /** Where {@code -} reads from; {@code null} for the process's standard input. */
    private final InputStream in;

    /** Creates the command; {@code -} reads the process's standard input. */
    ValidateCommand() {
        this(null);
    }

    /**
     * Creates the command reading {@code -} from a stream.
     *
     * @param in the stream, or {@code null} for the process's standard input
     */
    ValidateCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Target target;
        try {
            target = target();
        } catch (UnknownTargetException e) {
            // a name the user mistyped: the closest names, without the usage text around them
            err.println(Redaction.escape(e.getMessage()));
            return ExitCodes.USAGE;
        }
        BlueprintReader reader = BlueprintReader.builder().strict(strict).build();
        BlueprintValidator.Builder builder = BlueprintValidator.builder().profile(profile).strict(strict).target(target);
        if (policies != null) {
            builder.policies(policies);
        }
        BlueprintValidator validator = builder.build();
        int withErrors = 0;
        int unreadable = 0;
        BlueprintFiles standardInput = new BlueprintFiles(err, in);
        for (String name : files) {
            Format format;
            List<Diagnostic> diagnostics;
            try {
                SourceFile source = name.equals(SourceFile.STANDARD_INPUT)
                        ? standardInput.standardInput() : SourceFile.read(name);
                format = source.format();
                diagnostics = diagnose(reader, validator, source, from);
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
     * Returns the target of {@code --distro} and {@code --image-type}.
     *
     * @return the target, or {@code null} when neither is given
     * @throws ParameterException when only one is given
     * @throws UnknownTargetException when either is unknown
     */
    private Target target() {
        if (distro == null && imageType == null) {
            return null;
        }
        if (distro == null || imageType == null) {
            throw new ParameterException(spec.commandLine(), "--distro and --image-type go together: give both or neither.");
        }
        return imageDefinitions(spec, revision).target(distro, imageType);
    }

    /**
     * Returns the image definitions of {@code --image-data-revision}.
     *
     * @param spec     the command, for the usage error
     * @param revision the option's value, or {@code null} for the latest revision
     * @return the image definitions
     * @throws ParameterException if the revision is not one the library carries
     */
    static ImageDefinitions imageDefinitions(CommandSpec spec, String revision) {
        try {
            return revision == null ? ImageTypes.latest() : ImageTypes.revision(revision);
        } catch (UnknownTargetException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * Returns the findings of a file: what reading found, then, for a readable file, what
     * validation found, each finding once, in document order.
     *
     * @param reader    the reader, strict or lenient
     * @param validator the validator
     * @param source    the file
     * @param from      the shape of the file, or {@code null} to detect it
     * @return the diagnostics; the file is valid when none is an error
     */
    private static List<Diagnostic> diagnose(BlueprintReader reader, BlueprintValidator validator, SourceFile source,
                                             Shape from) {
        Shape shape = from != null ? from : Interchange.detect(source.text());
        if (shape != Shape.CLASSIC) {
            return diagnoseShape(validator, source, shape);
        }
        ReadResult read;
        try {
            read = reader.read(source.text(), source.format());
        } catch (BlueprintParseException e) {
            OutOfMemory.rethrowIfOutOfMemory(e);
            return e.diagnostics();
        }
        List<Diagnostic> found = profileHints(read.blueprint(),
                validator.validate(read.blueprint(), read.sourceMap()).diagnostics());
        if (read.diagnostics().isEmpty()) {
            return found; // already in document order, each finding once
        }
        LinkedHashSet<Diagnostic> all = new LinkedHashSet<>(read.diagnostics());
        all.addAll(found);
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(ValidateCommand::documentOrder);
        return sorted;
    }

    /**
     * Points a file that the composer profile refuses for its missing name, and that looks like
     * an image-builder or bootc-image-builder configuration, to {@code --profile image-builder}:
     * the hint of its {@code BP-NAME-REQUIRED} finding says so.
     *
     * @param blueprint the blueprint read from the file
     * @param found     the findings of validation
     * @return the findings, with that hint where it applies
     */
    static List<Diagnostic> profileHints(Blueprint blueprint, List<Diagnostic> found) {
        return withNameHint(found, imageBuilderHint(blueprint));
    }

    /** Gives the {@code BP-NAME-REQUIRED} finding that hint; none when the hint is {@code null}. */
    private static List<Diagnostic> withNameHint(List<Diagnostic> found, String hint) {
        if (hint == null) {
            return found;
        }
        List<Diagnostic> out = new ArrayList<>(found.size());
        for (Diagnostic d : found) {
            out.add(d.code().equals("BP-NAME-REQUIRED")
                    ? new Diagnostic(d.code(), d.severity(), d.path(), d.location(), d.message(), hint) : d);
        }
        return out;
    }

    private static final String LEGACY_WRAPPER_HINT = "this looks like a bootc-image-builder configuration in the"
            + " legacy form {\"blueprint\": {...}}: move what is inside \"blueprint\" to the top level and validate it"
            + " with --profile image-builder";

    /**
     * Returns the hint for a blueprint that looks like an image-builder or bootc-image-builder
     * configuration: no name, no version and no description (what a blueprint for the composer
     * server has), or the legacy {@code {"blueprint": {...}}} wrapper of bootc-image-builder.
     *
     * @param blueprint the blueprint
     * @return the hint, or {@code null} when the blueprint does not look like such a configuration
     */
    private static String imageBuilderHint(Blueprint blueprint) {
        if (blueprint.name() != null && !blueprint.name().isEmpty()) {
            return null;
        }
        if (blueprint.unknownKeys().get("blueprint") instanceof Map) {
            return LEGACY_WRAPPER_HINT;
        }
        if (blueprint.version() == null && blueprint.description() == null) {
            return "this looks like an image-builder or bootc-image-builder configuration, which needs no name:"
                    + " validate it with --profile image-builder";
        }
        return null;
    }

    /**
     * Returns the findings of a file of another shape: it is converted to a classic blueprint,
     * which is validated; each finding is moved onto the file's own paths, lines and columns.
     */
    private static List<Diagnostic> diagnoseShape(BlueprintValidator validator, SourceFile source, Shape shape) {
        Conversion<Blueprint> classic;
        try {
            classic = Interchange.toClassic(source.text(), shape);
        } catch (BlueprintParseException e) {
            return e.diagnostics();
        }
        List<Diagnostic> validated = validator.validate(classic.result()).diagnostics();
        if (shape == Shape.BIB) {
            // a bib config found by its legacy wrapper (JSON), else one named so with --from bib
            validated = withNameHint(validated, source.format() == Format.JSON ? LEGACY_WRAPPER_HINT
                    : imageBuilderHint(classic.result()));
        }
        List<Diagnostic> found = new ArrayList<>(Interchange.relocate(validated, source.text(), shape));
        found.sort(ValidateCommand::documentOrder);
        return found;
    }

    /** Orders by line, then column; findings without a place come last. */
    private static int documentOrder(Diagnostic a, Diagnostic b) {
        int byLine = Integer.compare(lastIfNull(a.line()), lastIfNull(b.line()));
        return byLine != 0 ? byLine : Integer.compare(lastIfNull(a.column()), lastIfNull(b.column()));
    }

    private static int lastIfNull(Integer position) {
        return position == null ? Integer.MAX_VALUE : position;
    }

    /** Converts {@code composer} or {@code image-builder}, in any case, to a {@link Profile}. */
    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            for (Profile candidate : Profile.values()) {
                if (candidate.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw new TypeConversionException("expected composer or image-builder but was '" + value + "'");
        }
    }

    /**
     * Converts {@code none} or a list of table names to {@link PathPolicies}, and {@code default}
     * to {@code null}: the validator's default, which follows the image type.
     */
    static final class PolicyConverter implements ITypeConverter<PathPolicies> {
        @Override
        public PathPolicies convert(String value) {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            if (lower.equals("default")) {
                return null;
            }
            if (lower.equals("none")) {
                return PathPolicies.none();
            }
            try {
                return PathPolicies.named(value.split("\\s*,\\s*"));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        /**
         * The names the option accepts, for the help; listed only when asked for, since picocli
         * creates this for every command line and the names come from the bundled tables.
         */
        static final class Names implements Iterable<String> {
            @Override
            public Iterator<String> iterator() {
                List<String> names = new ArrayList<>(List.of("default", "none"));
                names.addAll(PathPolicies.availableNames());
                return names.iterator();
            }
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
