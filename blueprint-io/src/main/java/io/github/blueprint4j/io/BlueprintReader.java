package io.github.blueprint4j.io;

import io.github.blueprint4j.io.internal.Decoder;
import io.github.blueprint4j.io.internal.ReadLimits;
import io.github.blueprint4j.io.internal.ReaderAccess;
import io.github.blueprint4j.io.internal.DocumentText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
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
 * <p>Limits bound what one read costs; each has a default that a real blueprint never reaches,
 * and a document beyond one is refused with a diagnostic that names the limit, with the line
 * and column where it was exceeded: {@linkplain Builder#maxDocumentLength document length}
 * ({@code GEN-LIMIT-DOCUMENT}), {@linkplain Builder#maxNestingDepth nesting}
 * ({@code GEN-DEPTH-LIMIT}, the one without a location), {@linkplain Builder#maxStringLength string},
 * {@linkplain Builder#maxKeyLength key} and {@linkplain Builder#maxNumberLength number} lengths
 * ({@code GEN-LIMIT-STRING}, {@code GEN-LIMIT-KEY}, {@code GEN-LIMIT-NUMBER}) and
 * {@linkplain Builder#maxListEntries list entries} ({@code GEN-LIMIT-LIST}). Beyond
 * {@linkplain Builder#maxFindings a number of findings}, and beyond 100 unknown keys, findings
 * are counted in one summary instead of being listed. A read that runs out of memory fails with
 * {@code GEN-LIMIT-MEMORY} instead of letting the {@link OutOfMemoryError} through.
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
    /** The characters a document may have unless configured otherwise: 16 MiB. */
    public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 16 << 20;
    /** The characters a string value may have unless configured otherwise: 4 MiB. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 4 << 20;
    /** The characters a key may have unless configured otherwise. */
    public static final int DEFAULT_MAX_KEY_LENGTH = 1024;
    /** The characters a number may be written with unless configured otherwise. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;
    /** The entries a list of the format may have unless configured otherwise. */
    public static final int DEFAULT_MAX_LIST_ENTRIES = 100_000;
    /** The findings a read lists one by one unless configured otherwise. */
    public static final int DEFAULT_MAX_FINDINGS = 1000;

    static {
        ReaderAccess.register(BlueprintReader::decoder);
    }

    private final Decoder decoder;
    private final boolean strict;
    private final int maxNestingDepth;
    private final ReadLimits limits;

    private BlueprintReader(Builder builder) {
        this.strict = builder.strict;
        this.maxNestingDepth = builder.maxNestingDepth;
        this.limits = new ReadLimits(builder.maxDocumentLength, maxNestingDepth, builder.maxStringLength,
                builder.maxKeyLength, builder.maxNumberLength, builder.maxListEntries, builder.maxFindings);
        this.decoder = new Decoder(strict, limits);
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
     * Returns the most characters a document may have.
     *
     * @return the limit
     */
    public int maxDocumentLength() {
        return limits.maxDocumentLength();
    }

    /**
     * Returns the most characters a string value may have.
     *
     * @return the limit
     */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /**
     * Returns the most characters a key may have.
     *
     * @return the limit
     */
    public int maxKeyLength() {
        return limits.maxKeyLength();
    }

    /**
     * Returns the most characters a number may be written with.
     *
     * @return the limit
     */
    public int maxNumberLength() {
        return limits.maxNumberLength();
    }

    /**
     * Returns the most entries a list of the format may have.
     *
     * @return the limit
     */
    public int maxListEntries() {
        return limits.maxListEntries();
    }

    /**
     * Returns the most findings a read lists one by one.
     *
     * @return the limit
     */
    public int maxFindings() {
        return limits.maxFindings();
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
     * else from the content. A file longer than {@link #maxDocumentLength()} is refused after
     * reading at most that many characters.
     *
     * @param file the file
     * @return the blueprint with the warnings found while reading
     * @throws IOException             if the file cannot be read or is not valid UTF-8
     * @throws BlueprintParseException if the file is not a readable blueprint
     */
    public ReadResult read(Path file) throws IOException {
        String text;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            text = bounded(in);
        }
        Format format = Format.fromFileName(file.getFileName().toString());
        return read(text, format != null ? format : Format.detect(text));
    }

    /**
     * Reads a UTF-8 stream to its end, or to {@link #maxDocumentLength()} characters, which
     * refuses the document; the stream is not closed.
     *
     * @param in     the stream
     * @param format the format of its content, or {@code null} to detect it from the content
     * @return the blueprint with the warnings found while reading
     * @throws IOException             if the stream cannot be read or is not valid UTF-8
     * @throws BlueprintParseException if the content is not a readable blueprint
     */
    public ReadResult read(InputStream in, Format format) throws IOException {
        String text = bounded(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        return read(text, format != null ? format : Format.detect(text));
    }

    /**
     * Reads a character stream to its end, or to {@link #maxDocumentLength()} characters, which
     * refuses the document; the reader is not closed.
     *
     * @param in     the characters
     * @param format the format of the content, or {@code null} to detect it from the content
     * @return the blueprint with the warnings found while reading
     * @throws IOException             if the reader fails
     * @throws BlueprintParseException if the content is not a readable blueprint
     */
    public ReadResult read(Reader in, Format format) throws IOException {
        String content = bounded(in);
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

    /** Reads characters up to one beyond the document limit (a byte order mark not counted), which refuses them. */
    private String bounded(Reader in) throws IOException {
        int limit = limits.maxDocumentLength();
        StringBuilder text = new StringBuilder(8192);
        char[] buffer = new char[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
                int bom = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
                if (text.length() - bom > limit) {
                    // the document's length beyond what was read is not known
                    throw Decoder.tooLong(-1, Decoder.locate(text.substring(bom), limit), limit);
                }
            }
        } catch (OutOfMemoryError e) {
            throw Decoder.outOfMemory();
        }
        return text.toString();
    }

    /** Configures a {@link BlueprintReader}. Not thread-safe. */
    public static final class Builder {
        private boolean strict;
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxKeyLength = DEFAULT_MAX_KEY_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private int maxListEntries = DEFAULT_MAX_LIST_ENTRIES;
        private int maxFindings = DEFAULT_MAX_FINDINGS;

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
         * Sets how many characters a document may have; a longer one is refused
         * ({@code GEN-LIMIT-DOCUMENT}) before it is parsed, and a file or stream is not read
         * beyond the limit. Default: {@value BlueprintReader#DEFAULT_MAX_DOCUMENT_LENGTH}
         * (16 MiB; a blueprint of 100,000 packages has about 4 million). Reading takes memory in
         * proportion to the document: about 20 times its length at most.
         *
         * @param maxDocumentLength the limit, at least 1024
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1024
         */
        public Builder maxDocumentLength(int maxDocumentLength) {
            this.maxDocumentLength = atLeast("maxDocumentLength", maxDocumentLength, 1024);
            return this;
        }

        /**
         * Sets how many characters one string value may have ({@code GEN-LIMIT-STRING}).
         * Default: {@value BlueprintReader#DEFAULT_MAX_STRING_LENGTH} (4 MiB, room for a file's
         * data such as a certificate bundle).
         *
         * @param maxStringLength the limit, at least 1024
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1024
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = atLeast("maxStringLength", maxStringLength, 1024);
            return this;
        }

        /**
         * Sets how many characters one key may have ({@code GEN-LIMIT-KEY}). Default:
         * {@value BlueprintReader#DEFAULT_MAX_KEY_LENGTH}; the longest key of the format has 26.
         *
         * @param maxKeyLength the limit, at least 64
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 64
         */
        public Builder maxKeyLength(int maxKeyLength) {
            this.maxKeyLength = atLeast("maxKeyLength", maxKeyLength, 64);
            return this;
        }

        /**
         * Sets how many characters one number may be written with ({@code GEN-LIMIT-NUMBER}).
         * Default: {@value BlueprintReader#DEFAULT_MAX_NUMBER_LENGTH}; a 64-bit integer has at
         * most 20.
         *
         * @param maxNumberLength the limit, at least 32
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 32
         */
        public Builder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = atLeast("maxNumberLength", maxNumberLength, 32);
            return this;
        }

        /**
         * Sets how many entries one list of the format (packages, users, files, ...) may have
         * ({@code GEN-LIMIT-LIST}, at the first entry too many). Default:
         * {@value BlueprintReader#DEFAULT_MAX_LIST_ENTRIES}.
         *
         * @param maxListEntries the limit, at least 1000
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 1000
         */
        public Builder maxListEntries(int maxListEntries) {
            this.maxListEntries = atLeast("maxListEntries", maxListEntries, 1000);
            return this;
        }

        /**
         * Sets how many findings a read lists one by one; the rest are counted in one last
         * finding ({@code GEN-LIMIT-FINDINGS}, an error if one of them is), so that a mistake
         * repeated a million times costs no more memory than its text. Default:
         * {@value BlueprintReader#DEFAULT_MAX_FINDINGS}.
         *
         * @param maxFindings the limit, at least 10
         * @return this builder
         * @throws IllegalArgumentException if the limit is below 10
         */
        public Builder maxFindings(int maxFindings) {
            this.maxFindings = atLeast("maxFindings", maxFindings, 10);
            return this;
        }

        private static int atLeast(String name, int value, int least) {
            if (value < least) {
                throw new IllegalArgumentException(name + " must be at least " + least + ": " + value);
            }
            return value;
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
