package io.github.blueprint4j.check;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.internal.PartialRead;
import io.github.blueprint4j.io.internal.ReaderAccess;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and validates a blueprint document in one call and reports every finding of both in one
 * {@link CheckReport}, in document order. Immutable and thread-safe: build one, share it.
 *
 * <pre>{@code
 * BlueprintChecker checker = BlueprintChecker.builder().strict(true).build();
 * CheckReport report = checker.check(Path.of("web.toml"));
 * report.diagnostics().forEach(System.out::println);   // 3:1: ERROR GEN-UNKNOWN-KEY customizations.timezome: ...
 * boolean ok = report.isValid();                        // no ERROR
 * }</pre>
 *
 * <p>A value that cannot be read does not hide the rest: it is left absent, and everything that
 * could be read is validated. A validation finding that only restates a reading error (the same
 * path, or a rule that sees the unread value missing: a path inside it or the table holding
 * it) is left out. It throws only for input it cannot read ({@link IOException}) and for
 * programming errors ({@code null} arguments), never for a problem in the document.
 *
 * <p>One switch, {@linkplain Builder#strict(boolean) strict}, makes both reading (unknown keys)
 * and validation (rules the reference does not enforce) strict; profile, path policies and
 * target are those of {@link BlueprintValidator}.
 */
public final class BlueprintChecker {

    private static final BlueprintChecker DEFAULTS = builder().build();

    private final boolean strict;
    private final BlueprintReader reader;
    private final BlueprintValidator validator;

    private BlueprintChecker(Builder builder) {
        this.strict = builder.strict;
        this.reader = BlueprintReader.builder().strict(strict).build();
        BlueprintValidator.Builder validation = BlueprintValidator.builder()
                .profile(builder.profile).target(builder.target).strict(strict);
        if (builder.policies != null) {
            validation.policies(builder.policies);
        }
        this.validator = validation.build();
    }

    /**
     * Returns a builder with the defaults: not strict, the composer profile, the default path
     * policies, no target.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the checker with the defaults of {@link #builder()}.
     *
     * @return a shared checker
     */
    public static BlueprintChecker defaults() {
        return DEFAULTS;
    }

    /**
     * Tells whether reading and validation are strict.
     *
     * @return {@code true} if unknown keys and the rules the reference does not enforce are errors
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the profile.
     *
     * @return what the blueprints are checked for
     */
    public Profile profile() {
        return validator.profile();
    }

    /**
     * Returns the path policies in use: those chosen, else the target's, else the defaults.
     *
     * @return the policies
     */
    public PathPolicies policies() {
        return validator.policies();
    }

    /**
     * Returns the target.
     *
     * @return the distribution and image type, or {@code null} for none
     */
    public Target target() {
        return validator.target();
    }

    /**
     * Reads and validates a UTF-8 file; the format comes from the extension ({@code .toml},
     * {@code .json}), else from the content.
     *
     * @param file the file
     * @return every finding
     * @throws IOException if the file cannot be read (bytes that are not UTF-8 are a finding, not an exception)
     */
    public CheckReport check(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return check(Files.readAllBytes(file), name == null ? null : Format.fromFileName(name.toString()));
    }

    /**
     * Reads and validates a document; the format is detected from the content (JSON when it
     * starts with <code>{</code>, TOML otherwise).
     *
     * @param text the document
     * @return every finding
     */
    public CheckReport check(String text) {
        Objects.requireNonNull(text, "text");
        return check(text, Format.detect(text));
    }

    /**
     * Reads and validates a document.
     *
     * @param text   the document
     * @param format its format
     * @return every finding
     */
    public CheckReport check(String text, Format format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        PartialRead read = ReaderAccess.readAll(reader, text, format);
        if (read.blueprint() == null) {
            return new CheckReport(null, format, read.diagnostics(), read.sourceMap());
        }
        List<Diagnostic> validation = validator.validate(read.blueprint(), read.sourceMap()).diagnostics();
        return new CheckReport(read.blueprint(), format,
                Findings.merge(read.diagnostics(), read.absentPaths(), validation), read.sourceMap());
    }

    /**
     * Reads a UTF-8 stream to its end and validates the document; the stream is not closed.
     *
     * @param in     the stream
     * @param format the format of its content, or {@code null} to detect it from the content
     * @return every finding
     * @throws IOException if the stream cannot be read (bytes that are not UTF-8 are a finding, not an exception)
     */
    public CheckReport check(InputStream in, Format format) throws IOException {
        Objects.requireNonNull(in, "in");
        return check(in.readAllBytes(), format);
    }

    /**
     * Validates a blueprint built in code or read elsewhere; there is no text, so findings have
     * no line or column and the report's format is {@code null}.
     *
     * @param blueprint the blueprint
     * @return every finding of validation
     */
    public CheckReport check(Blueprint blueprint) {
        Objects.requireNonNull(blueprint, "blueprint");
        return new CheckReport(blueprint, null, validator.validate(blueprint).diagnostics(), SourceMap.NONE);
    }

    private CheckReport check(byte[] bytes, Format format) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new CheckReport(null, format != null ? format : Format.TOML, List.of(Diagnostic.error("GEN-SYNTAX",
                    null, "The document is not valid UTF-8 text.", "save the file as UTF-8")), SourceMap.NONE);
        }
        return check(text, format != null ? format : Format.detect(text));
    }

    /** Configures a {@link BlueprintChecker}. Not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private Profile profile = Profile.COMPOSER;
        private PathPolicies policies;
        private Target target;

        private Builder() {
        }

        /**
         * Makes reading and validation strict: keys the format does not define are errors (as in
         * image-builder and bootc-image-builder), and so are the rules the reference does not
         * enforce (build-time, downstream and documented ones). Default: {@code false}.
         *
         * @param strict {@code true} for strict checks
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Chooses what the blueprints are for. Default: {@link Profile#COMPOSER}.
         *
         * @param profile the profile
         * @return this builder
         */
        public Builder profile(Profile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * Chooses the path policies. Default: those of the {@linkplain #target(Target) target}'s
         * image type, or {@link PathPolicies#defaults()} without a target.
         *
         * @param policies the policies; {@link PathPolicies#none()} for none
         * @return this builder
         */
        public Builder policies(PathPolicies policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Chooses the distribution and image type the blueprints are built into, which turns on
         * the checks that need them (see {@link BlueprintValidator.Builder#target(Target)}).
         * Default: no target.
         *
         * @param target the target, or {@code null} for none
         * @return this builder
         */
        public Builder target(Target target) {
            this.target = target;
            return this;
        }

        /**
         * Creates the checker.
         *
         * @return a reusable, thread-safe checker
         */
        public BlueprintChecker build() {
            return new BlueprintChecker(this);
        }
    }
}
