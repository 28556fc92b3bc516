package io.github.blueprint4j.io;

import io.github.blueprint4j.io.internal.Decoder;
import io.github.blueprint4j.io.internal.ReaderAccess;
import io.github.blueprint4j.io.internal.DocumentText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads blueprints from TOML or JSON. Immutable and thread-safe: build one, share it.
 *
 * <p>Reading accepts every shape the reference implementation accepts (both TOML spellings of
 * lists, dotted keys, size strings, the TOML {@code size} alias, names or ids as owners, JSON
 * {@code null} as absent) and refuses what it refuses. It collects every problem it can
 * recover from and then either returns a {@link ReadResult} (no errors; warnings included) or
 * throws one {@link BlueprintParseException} with all of them. No other exception escapes a
 * read of text, whatever the input.
 *
 * <p>Keys the format does not define are kept on the object they appear in and written back
 * unchanged. By default (lenient) each is a warning with a "did you mean" hint; in
 * {@linkplain Builder#strict(boolean) strict} mode each is an error, as in image-builder and
 * bootc-image-builder.
 *
 * <pre>{@code
 * BlueprintReader reader = BlueprintReader.builder().strict(true).build();
 * ReadResult result = reader.read(Path.of("web.toml"));
 * result.diagnostics().forEach(System.err::println);
 * Blueprint bp = result.blueprint();
 * }</pre>
 */
public final class BlueprintReader {

    /** The nesting depth documents may not exceed unless configured otherwise. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

    static {
        ReaderAccess.register(BlueprintReader::decoder);
    }

    private final Decoder decoder;
    private final boolean strict;
    private final int maxNestingDepth;

    private BlueprintReader(Builder builder) {
        this.strict = builder.strict;
        this.maxNestingDepth = builder.maxNestingDepth;
        this.decoder = new Decoder(strict, maxNestingDepth);
    }

    /**
     * Returns a builder for a reader; its defaults are lenient about unknown keys and a maximum
     * nesting depth of {@value #DEFAULT_MAX_NESTING_DEPTH}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether unknown keys are errors rather than warnings.
     *
     * @return {@code true} for strict reading
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the deepest nesting of tables and arrays a document may have.
     *
     * @return the limit
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** Returns the decoder this reader reads with, for the Jackson module. */
    Decoder decoder() {
        return decoder;
    }

    /**
     * Reads a document.
     *
     * @param text   the document
     * @param format its format
     * @return the blueprint with the warnings found while reading
     * @throws BlueprintParseException if the document is not a readable blueprint
     */
    public ReadResult read(String text, Format format) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        return decoder.decode(text, format);
    }

    /**
     * Reads a TOML document.
     *
     * @param toml the document
     * @return the blueprint with the warnings found while reading
     * @throws BlueprintParseException if the document is not a readable blueprint
     */
    public ReadResult readToml(String toml) {
        return read(toml, Format.TOML);
    }

    /**
     * Reads a JSON document.
     *
     * @param json the document
     * @return the blueprint with the warnings found while reading
     * @throws BlueprintParseException if the document is not a readable blueprint
     */
    public ReadResult readJson(String json) {
        return read(json, Format.JSON);
    }

    /**
     * Reads a UTF-8 file; the format comes from the extension ({@code .toml}, {@code .json}),
     * else from the content.
     *
     * @param file the file
     * @return the blueprint with the warnings found while reading
     * @throws IOException             if the file cannot be read or is not valid UTF-8
     * @throws BlueprintParseException if the file is not a readable blueprint
     */
    public ReadResult read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Format format = Format.fromFileName(file.getFileName().toString());
        return read(text, format != null ? format : Format.detect(text));
    }

    /**
     * Reads a UTF-8 stream to its end; the stream is not closed.
     *
     * @param in     the stream
     * @param format the format of its content, or {@code null} to detect it from the content
     * @return the blueprint with the warnings found while reading
     * @throws IOException             if the stream cannot be read or is not valid UTF-8
     * @throws BlueprintParseException if the content is not a readable blueprint
     */
    public ReadResult read(InputStream in, Format format) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(in.readAllBytes()))
                .toString();
        return read(text, format != null ? format : Format.detect(text));
    }

    /**
     * Reads a character stream to its end; the reader is not closed.
     *
     * @param in     the characters
     * @param format the format of the content, or {@code null} to detect it from the content
     * @return the blueprint with the warnings found while reading
     * @throws IOException             if the reader fails
     * @throws BlueprintParseException if the content is not a readable blueprint
     */
    public ReadResult read(Reader in, Format format) throws IOException {
        StringWriter text = new StringWriter();
        in.transferTo(text);
        String content = text.toString();
        return read(content, format != null ? format : Format.detect(content));
    }

    /**
     * Reads a document and keeps its text: its comments and layout for {@code fmt} and for edits
     * that change only what changed ({@link BlueprintDocument}). The layout is scanned when the
     * document is first formatted or edited.
     *
     * @param text   the document
     * @param format its format
     * @return the document, with the blueprint and the warnings found while reading
     * @throws BlueprintParseException if the document is not a readable blueprint
     */
    public BlueprintDocument readDocument(String text, Format format) {
        ReadResult result = read(text, format);
        return new BlueprintDocument(this, text, result, DocumentText.of(text, format));
    }

    /**
     * Reads a UTF-8 file and keeps its text (see {@link #readDocument(String, Format)}); the
     * format comes from the extension, else from the content.
     *
     * @param file the file
     * @return the document
     * @throws IOException             if the file cannot be read or is not valid UTF-8
     * @throws BlueprintParseException if the file is not a readable blueprint
     */
    public BlueprintDocument readDocument(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Format format = Format.fromFileName(file.getFileName().toString());
        return readDocument(text, format != null ? format : Format.detect(text));
    }

    /** Configures a {@link BlueprintReader}. Not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

        private Builder() {
        }

        /**
         * Makes keys the format does not define errors instead of warnings (as image-builder
         * and bootc-image-builder do). Default: {@code false}.
         *
         * @param strict {@code true} for strict reading
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets how deeply tables and arrays may nest; deeper documents are refused with an error
         * instead of exhausting the stack. Default: {@value BlueprintReader#DEFAULT_MAX_NESTING_DEPTH};
         * a blueprint needs at most 8.
         *
         * @param maxNestingDepth the limit, at least 8
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 8 or above 1000
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            if (maxNestingDepth < 8 || maxNestingDepth > 1000) {
                throw new IllegalArgumentException("maxNestingDepth must be between 8 and 1000: " + maxNestingDepth);
            }
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /**
         * Creates the reader.
         *
         * @return a reusable, thread-safe reader
         */
        public BlueprintReader build() {
            return new BlueprintReader(this);
        }
    }
}
