package io.github.blueprint4j.io;

import io.github.blueprint4j.io.internal.Encoder;
import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes blueprints as canonical TOML or as JSON. Immutable and thread-safe: build one, share it.
 *
 * <p>TOML comes out in the layout of the blueprint documentation: the root keys, then the
 * {@code [[packages]]}, {@code [[modules]]}, {@code [[groups]]} and {@code [[containers]]}
 * tables, then {@code [customizations]} with its keys and its sub-tables, every table's keys
 * in the order of the blueprint format. Multi-line strings (file data, kickstarts, scripts)
 * are written as TOML multi-line strings where that is lossless. The output is stable:
 * writing what was read from the output gives the same text. JSON uses the format's key
 * names. Keys the format does not define, read in lenient mode, are written back as they were.
 *
 * <pre>{@code
 * String toml = BlueprintWriter.builder().build().toToml(blueprint);
 * }</pre>
 */
public final class BlueprintWriter {

    /** How sizes are written. */
    public enum SizeStyle {
        /** As they were written ({@code "20 GiB"} stays a string), or as byte counts when built from numbers. */
        AS_WRITTEN,
        /** Always as byte counts, as the reference implementation writes them. */
        BYTES
    }

    private final Encoder encoder;
    private final SizeStyle sizeStyle;
    private final boolean unknownKeys;
    private final boolean prettyJson;

    private BlueprintWriter(Builder builder) {
        this.sizeStyle = builder.sizeStyle;
        this.unknownKeys = builder.unknownKeys;
        this.prettyJson = builder.prettyJson;
        this.encoder = new Encoder(sizeStyle == SizeStyle.BYTES, unknownKeys, prettyJson);
    }

    /** Returns the encoder this writer writes with, for the Jackson module. */
    Encoder encoder() {
        return encoder;
    }

    /**
     * Returns a builder; by default sizes are written as they were written, unknown keys are
     * written back and JSON is indented.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns how sizes are written.
     *
     * @return the style
     */
    public SizeStyle sizeStyle() {
        return sizeStyle;
    }

    /**
     * Tells whether keys the format does not define are written back.
     *
     * @return {@code true} if they are
     */
    public boolean writesUnknownKeys() {
        return unknownKeys;
    }

    /**
     * Tells whether JSON is indented, one member per line.
     *
     * @return {@code true} if it is
     */
    public boolean isPrettyJson() {
        return prettyJson;
    }

    /**
     * Writes a blueprint.
     *
     * @param blueprint the blueprint
     * @param format    the format to write
     * @return the document, ending with a line break
     */
    public String write(Blueprint blueprint, Format format) {
        Objects.requireNonNull(blueprint, "blueprint");
        Objects.requireNonNull(format, "format");
        return format == Format.TOML ? encoder.toToml(blueprint) : encoder.toJson(blueprint);
    }

    /**
     * Writes a blueprint as canonical TOML. Every blueprint a {@link BlueprintReader} returns can
     * be written, and reads back equal; one built in code can hold what TOML cannot.
     *
     * @param blueprint the blueprint
     * @return the TOML document
     * @throws IllegalArgumentException if an unknown key's list holds a null, which TOML has not
     */
    public String toToml(Blueprint blueprint) {
        return write(blueprint, Format.TOML);
    }

    /**
     * Writes a blueprint as JSON.
     *
     * @param blueprint the blueprint
     * @return the JSON document
     */
    public String toJson(Blueprint blueprint) {
        return write(blueprint, Format.JSON);
    }

    /**
     * Writes a blueprint to a character stream, which is not closed.
     *
     * @param blueprint the blueprint
     * @param format    the format to write
     * @param out       where to write
     * @throws IOException if writing fails
     */
    public void write(Blueprint blueprint, Format format, Writer out) throws IOException {
        out.write(write(blueprint, format));
    }

    /**
     * Writes a blueprint to a UTF-8 file, in the format of its extension.
     *
     * @param blueprint the blueprint
     * @param file      the file, ending in {@code .toml} or {@code .json}
     * @throws IOException              if writing fails
     * @throws IllegalArgumentException if the extension is neither {@code .toml} nor {@code .json}
     */
    public void write(Blueprint blueprint, Path file) throws IOException {
        Format format = Format.fromFileName(file.getFileName().toString());
        if (format == null) {
            throw new IllegalArgumentException("Cannot tell the format from the file name " + file
                    + ": use .toml or .json");
        }
        Files.writeString(file, write(blueprint, format), StandardCharsets.UTF_8);
    }

    /** Configures a {@link BlueprintWriter}. Not thread-safe. */
    public static final class Builder {
        private SizeStyle sizeStyle = SizeStyle.AS_WRITTEN;
        private boolean unknownKeys = true;
        private boolean prettyJson = true;

        private Builder() {
        }

        /**
         * Chooses how sizes are written. Default: {@link SizeStyle#AS_WRITTEN}.
         *
         * @param sizeStyle the style
         * @return this builder
         */
        public Builder sizeStyle(SizeStyle sizeStyle) {
            this.sizeStyle = Objects.requireNonNull(sizeStyle, "sizeStyle");
            return this;
        }

        /**
         * Chooses whether keys the format does not define, kept by a lenient read, are written
         * back (the default) or left out, as the server leaves them out when it stores a blueprint.
         *
         * @param unknownKeys {@code true} to write them
         * @return this builder
         */
        public Builder unknownKeys(boolean unknownKeys) {
            this.unknownKeys = unknownKeys;
            return this;
        }

        /**
         * Chooses indented JSON (the default) or JSON on one line.
         *
         * @param prettyJson {@code true} to indent
         * @return this builder
         */
        public Builder prettyJson(boolean prettyJson) {
            this.prettyJson = prettyJson;
            return this;
        }

        /**
         * Creates the writer.
         *
         * @return a reusable, thread-safe writer
         */
        public BlueprintWriter build() {
            return new BlueprintWriter(this);
        }
    }
}
