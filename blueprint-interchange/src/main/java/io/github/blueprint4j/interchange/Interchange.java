package io.github.blueprint4j.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.interchange.internal.Bib;
import io.github.blueprint4j.interchange.internal.CloudApi;
import io.github.blueprint4j.interchange.internal.Hosted;
import io.github.blueprint4j.interchange.internal.JsonText;
import io.github.blueprint4j.interchange.internal.Paths;
import io.github.blueprint4j.interchange.internal.Report;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.ImageType;
import io.github.blueprint4j.validation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Converts blueprints between the classic shape and the hosted Image Builder service's
 * {@code CreateBlueprintRequest}, the osbuild-composer cloud API {@code ComposeRequest} with a
 * {@code Blueprint}, and bootc-image-builder configs, both ways. Every conversion returns its
 * result with a loss report ({@link Conversion#losses()}): one {@link Loss} for each value
 * dropped, changed in form, or needed from the caller, with its path in both shapes and, when
 * the input was text, its line and column. Nothing is dropped silently, and a value the target
 * shape's schema would refuse is never written.
 *
 * <pre>{@code
 * ReadResult read = BlueprintReader.builder().build().read(Path.of("web.toml"));
 * Conversion<String> hosted = Interchange.toHosted(read, ConversionOptions.builder()
 *         .imageType("guest-image").upload("aws.s3", Map.of()).build());
 * hosted.losses().forEach(System.err::println);   // 12:1: WARNING IX-DROPPED customizations.user[0].uid: ...
 * System.out.print(hosted.result());
 * }</pre>
 *
 * <p>All methods are thread-safe. Methods that read text throw {@link BlueprintParseException}
 * for a document that is not JSON (or TOML) or whose converted form is not a blueprint.
 */
public final class Interchange {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final Set<String> HOSTED_KEYS = Set.of("image_requests", "bootc", "metadata", "distribution");
    private static final Set<String> HOSTED_CUSTOMIZATIONS = Set.of("users", "groups", "custom_repositories",
            "payload_repositories", "subscription", "aap_registration", "packages", "enabled_modules", "containers");
    private static final Set<String> COMPOSE_KEYS = Set.of("image_request", "image_requests", "distribution", "koji",
            "bootc", "blueprint_id", "customizations");

    private Interchange() {
    }

    /**
     * Converts a classic blueprint into the hosted service's {@code CreateBlueprintRequest}.
     *
     * @param blueprint the blueprint
     * @param options   the image type, upload target and defaults a blueprint cannot give
     * @return the request as JSON text, and the loss report
     */
    public static Conversion<String> toHosted(Blueprint blueprint, ConversionOptions options) {
        return toShape(Hosted.NAME, Hosted::toHosted, blueprint, SourceMap.NONE, options);
    }

    /**
     * Converts a classic blueprint read from text into the hosted service's request; the loss
     * report gives the line and column of each value in that text.
     *
     * @param read    what a {@link BlueprintReader} read
     * @param options the image type, upload target and defaults a blueprint cannot give
     * @return the request as JSON text, and the loss report
     */
    public static Conversion<String> toHosted(ReadResult read, ConversionOptions options) {
        return toShape(Hosted.NAME, Hosted::toHosted, read.blueprint(), read.sourceMap(), options);
    }

    /** Converts a classic blueprint into the JSON document of another shape. */
    @FunctionalInterface
    private interface JsonShape {
        JsonNode convert(JsonNode classic, ConversionOptions options, Report report);
    }

    private static Conversion<String> toShape(String name, JsonShape shape, Blueprint blueprint, SourceMap sourceMap,
                                              ConversionOptions options) {
        Report report = new Report(name, sourceMap::locate);
        JsonNode result = shape.convert(classicTree(blueprint), Objects.requireNonNull(options, "options"), report);
        return new Conversion<>(text(result), report.losses());
    }

    /**
     * Converts a classic blueprint into an osbuild-composer cloud API {@code ComposeRequest}
     * carrying it as {@code blueprint}.
     *
     * @param blueprint the blueprint
     * @param options   the image type and defaults a blueprint cannot give
     * @return the compose request as JSON text, and the loss report
     */
    public static Conversion<String> toCloudApi(Blueprint blueprint, ConversionOptions options) {
        return toShape(CloudApi.NAME, CloudApi::toCloudApi, blueprint, SourceMap.NONE, options);
    }

    /**
     * Converts a classic blueprint read from text into a cloud API compose request.
     *
     * @param read    what a {@link BlueprintReader} read
     * @param options the image type and defaults a blueprint cannot give
     * @return the compose request as JSON text, and the loss report
     */
    public static Conversion<String> toCloudApi(ReadResult read, ConversionOptions options) {
        return toShape(CloudApi.NAME, CloudApi::toCloudApi, read.blueprint(), read.sourceMap(), options);
    }

    /**
     * Converts a classic blueprint into a bootc-image-builder config for a bootc image type:
     * what the type does not use is left out and reported.
     *
     * @param blueprint the blueprint
     * @param options   the bootc image type ({@link ConversionOptions#imageType()}: {@code qcow2},
     *                  {@code anaconda-iso}, ... or an alias)
     * @return the config, and the loss report
     * @throws io.github.blueprint4j.validation.UnknownTargetException if the image type is not a bootc image type
     * @throws IllegalArgumentException if the options give no image type
     */
    public static Conversion<Blueprint> toBib(Blueprint blueprint, ConversionOptions options) {
        return toBib(blueprint, SourceMap.NONE, options);
    }

    /**
     * Converts a classic blueprint read from text into a bootc-image-builder config.
     *
     * @param read    what a {@link BlueprintReader} read
     * @param options the bootc image type
     * @return the config, and the loss report
     * @throws io.github.blueprint4j.validation.UnknownTargetException if the image type is not a bootc image type
     * @throws IllegalArgumentException if the options give no image type
     */
    public static Conversion<Blueprint> toBib(ReadResult read, ConversionOptions options) {
        return toBib(read.blueprint(), read.sourceMap(), options);
    }

    private static Conversion<Blueprint> toBib(Blueprint blueprint, SourceMap sourceMap, ConversionOptions options) {
        if (options.imageType() == null) {
            throw new IllegalArgumentException("a bootc-image-builder config needs a bootc image type in the options");
        }
        ImageType imageType = Target.of(Bib.DISTRO, options.imageType()).imageType();
        Report report = new Report("bootc image type " + imageType.name(), sourceMap::locate);
        JsonNode config = Bib.toBib(classicTree(blueprint), imageType, report);
        return new Conversion<>(READER.readJson(text(config)).blueprint(), report.losses());
    }

    /**
     * Converts a hosted {@code CreateBlueprintRequest} or blueprint export (JSON) into a classic blueprint.
     *
     * @param json the hosted document
     * @return the classic blueprint, and the loss report with lines and columns of the JSON text
     * @throws BlueprintParseException if the text is not JSON or does not convert into a blueprint
     */
    public static Conversion<Blueprint> fromHosted(String json) {
        JsonText source = parse(json);
        Report report = new Report("a classic blueprint", source::locate);
        return classic(Hosted.toClassic(source.tree(), report), report, source, sourcePaths(Shape.HOSTED, source));
    }

    /**
     * Converts a cloud API {@code ComposeRequest} with a {@code blueprint} (or a bare cloud API
     * {@code Blueprint}) into a classic blueprint.
     *
     * @param json the compose request or blueprint
     * @return the classic blueprint, and the loss report
     * @throws BlueprintParseException if the text is not JSON or does not convert into a blueprint
     */
    public static Conversion<Blueprint> fromCloudApi(String json) {
        JsonText source = parse(json);
        Report report = new Report("a classic blueprint", source::locate);
        return classic(CloudApi.toClassic(source.tree(), report), report, source, sourcePaths(Shape.CLOUD_API, source));
    }

    /**
     * Reads a bootc-image-builder config (TOML or JSON, the legacy {@code {"blueprint": ...}}
     * wrapper of JSON configs removed and reported) as a classic blueprint.
     *
     * @param text   the config
     * @param format its format, or {@code null} to tell from the content
     * @return the blueprint, and the loss report
     * @throws BlueprintParseException if the text is not a blueprint
     */
    public static Conversion<Blueprint> fromBib(String text, Format format) {
        Format actual = format != null ? format : Format.detect(text);
        if (actual == Format.TOML) {
            return new Conversion<>(READER.readToml(text).blueprint(), List.of());
        }
        JsonText source = parse(text);
        Report report = new Report("a classic blueprint", source::locate);
        JsonNode inner = Bib.unwrap(source.tree(), report);
        if (inner == source.tree()) {
            return new Conversion<>(READER.readJson(text).blueprint(), List.of());
        }
        return classic(inner, report, source, sourcePaths(Shape.BIB, source));
    }

    /**
     * Tells the shape of a document from its keys: TOML is classic (or a bib config, which has
     * the same shape); JSON with {@code image_requests} or hosted customization keys
     * ({@code users}, {@code custom_repositories}, ...) is hosted; a {@code blueprint} next to
     * compose request keys is the cloud API; a lone {@code blueprint} is the legacy bib wrapper.
     *
     * @param text the document
     * @return the shape
     */
    public static Shape detect(String text) {
        if (Format.detect(text) == Format.TOML) {
            return Shape.CLASSIC;
        }
        JsonNode tree;
        try {
            tree = JsonText.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return Shape.CLASSIC;
        }
        if (tree == null || !tree.isObject()) {
            return Shape.CLASSIC;
        }
        if (tree.has("blueprint")) {
            for (String key : COMPOSE_KEYS) {
                if (tree.has(key)) {
                    return Shape.CLOUD_API;
                }
            }
            return Shape.BIB;
        }
        for (String key : HOSTED_KEYS) {
            if (tree.has(key)) {
                return Shape.HOSTED;
            }
        }
        JsonNode customizations = tree.path("customizations");
        for (String key : HOSTED_CUSTOMIZATIONS) {
            if (customizations.has(key)) {
                return Shape.HOSTED;
            }
        }
        return Shape.CLASSIC;
    }

    /**
     * Converts a document of any shape into a classic blueprint.
     *
     * @param text  the document
     * @param shape its shape, or {@code null} to {@link #detect(String) detect} it
     * @return the blueprint, and the loss report
     * @throws BlueprintParseException if the text is not a blueprint of that shape
     */
    public static Conversion<Blueprint> toClassic(String text, Shape shape) {
        Shape actual = shape != null ? shape : detect(text);
        return switch (actual) {
            case HOSTED -> fromHosted(text);
            case CLOUD_API -> fromCloudApi(text);
            case BIB -> fromBib(text, null);
            case CLASSIC -> new Conversion<>(READER.read(text, Format.detect(text)).blueprint(), List.of());
        };
    }

    private static JsonNode classicTree(Blueprint blueprint) {
        try {
            return JsonText.MAPPER.readTree(Blueprints.toJson(Objects.requireNonNull(blueprint, "blueprint")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library's own JSON could not be read back", e);
        }
    }

    private static JsonText parse(String json) {
        try {
            return JsonText.parse(Objects.requireNonNull(json, "json"));
        } catch (JsonProcessingException e) {
            SourceLocation at = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null
                    : new SourceLocation(e.getLocation().getLineNr(), Math.max(1, e.getLocation().getColumnNr()));
            throw new BlueprintParseException(List.of(new Diagnostic("GEN-SYNTAX",
                    io.github.blueprint4j.diagnostic.Severity.ERROR, null, at,
                    "The document is not valid JSON: " + e.getOriginalMessage(), null)));
        }
    }

    private static Conversion<Blueprint> classic(JsonNode tree, Report report, JsonText source,
                                                 UnaryOperator<String> sourcePath) {
        ReadResult read;
        try {
            read = READER.readJson(text(tree));
        } catch (BlueprintParseException e) {
            List<Diagnostic> moved = new ArrayList<>();
            for (Diagnostic diagnostic : e.diagnostics()) {
                moved.add(relocate(diagnostic, source, sourcePath));
            }
            throw new BlueprintParseException(moved);
        }
        return new Conversion<>(read.blueprint(), report.losses());
    }

    /**
     * Moves findings about the classic blueprint converted from a document of another shape onto
     * that document: each path becomes the path of the value in the document (of its nearest
     * ancestor when the value itself has no place there; {@code null} when none has), with the
     * line and column in the text. This is how a validation of the converted blueprint reports
     * against the document the user wrote.
     *
     * @param diagnostics findings about the blueprint {@link #toClassic(String, Shape)} returned for the text
     * @param text        the document
     * @param shape       its shape, or {@code null} to {@link #detect(String) detect} it
     * @return the findings with the document's paths, lines and columns, in the same order
     * @throws BlueprintParseException if the text is not JSON (or TOML)
     */
    public static List<Diagnostic> relocate(List<Diagnostic> diagnostics, String text, Shape shape) {
        Shape actual = shape != null ? shape : detect(text);
        Format format = Format.detect(text);
        JsonText source = actual == Shape.CLASSIC || format == Format.TOML ? null : parse(text);
        if (source == null || actual == Shape.BIB && !Bib.wrapped(source.tree())) {
            SourceMap sourceMap = READER.read(text, format).sourceMap();
            return diagnostics.stream().map(d -> d.withLocation(sourceMap.locate(d.path()))).toList();
        }
        UnaryOperator<String> sourcePath = sourcePaths(actual, source);
        return diagnostics.stream().map(d -> relocate(d, source, sourcePath)).toList();
    }

    /** The path of a classic value in a document of the shape, from the converters' key tables. */
    private static UnaryOperator<String> sourcePaths(Shape shape, JsonText source) {
        return switch (shape) {
            case HOSTED -> path -> Hosted.hostedPath(path, source.tree());
            case CLOUD_API -> path -> CloudApi.cloudPath(path, source.tree());
            case BIB -> path -> "blueprint." + path;
            case CLASSIC -> path -> path;
        };
    }

    private static Diagnostic relocate(Diagnostic diagnostic, JsonText source, UnaryOperator<String> sourcePath) {
        String path = diagnostic.path();
        String mapped = null;
        while (path != null && !path.isEmpty() && (mapped = sourcePath.apply(path)) == null) {
            path = Paths.parent(path);
        }
        SourceLocation location = null;
        for (String at = mapped; at != null && !at.isEmpty() && location == null; at = Paths.parent(at)) {
            location = source.locate(at);
        }
        return new Diagnostic(diagnostic.code(), diagnostic.severity(), mapped, location, diagnostic.message(),
                diagnostic.hint());
    }

    private static String text(JsonNode tree) {
        try {
            return Pretty.WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * The writer of the foreign shapes, in a holder of its own: Jackson's {@code ObjectMapper}
     * takes a tenth of a second to start, which {@link #detect} on a TOML document, as every
     * {@code blueprint validate} of a TOML file does, should not pay.
     */
    private static final class Pretty {
        static final ObjectWriter WRITER = JsonText.MAPPER.writer(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withoutSpacesInObjectEntries()
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)));
    }
}
