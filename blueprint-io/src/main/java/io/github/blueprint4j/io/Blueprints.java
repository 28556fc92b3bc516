package io.github.blueprint4j.io;

import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The door in: read and write blueprints in one line.
 *
 * <pre>{@code
 * Blueprint bp = Blueprints.read(Path.of("web.toml"));
 * String json = Blueprints.toJson(bp);
 * }</pre>
 *
 * <p>These methods use a lenient {@link BlueprintReader} and a default {@link BlueprintWriter};
 * build your own for strict reading, for the warnings of a read, or for other output options.
 */
public final class Blueprints {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final BlueprintWriter WRITER = BlueprintWriter.builder().build();

    private Blueprints() {
    }

    /**
     * Reads a TOML document.
     *
     * @param toml the document
     * @return the blueprint
     * @throws BlueprintParseException if the document is not a readable blueprint; it lists every problem
     */
    public static Blueprint readToml(String toml) {
        return READER.readToml(toml).blueprint();
    }

    /**
     * Reads a JSON document.
     *
     * @param json the document
     * @return the blueprint
     * @throws BlueprintParseException if the document is not a readable blueprint; it lists every problem
     */
    public static Blueprint readJson(String json) {
        return READER.readJson(json).blueprint();
    }

    /**
     * Reads a document in the given format.
     *
     * @param text   the document
     * @param format its format
     * @return the blueprint
     * @throws BlueprintParseException if the document is not a readable blueprint; it lists every problem
     */
    public static Blueprint read(String text, Format format) {
        return READER.read(text, format).blueprint();
    }

    /**
     * Reads a UTF-8 file, choosing the format from its extension, else from its content.
     *
     * @param file a {@code .toml} or {@code .json} file
     * @return the blueprint
     * @throws IOException             if the file cannot be read
     * @throws BlueprintParseException if the file is not a readable blueprint; it lists every problem
     */
    public static Blueprint read(Path file) throws IOException {
        return READER.read(file).blueprint();
    }

    /**
     * Reads a UTF-8 stream to its end; the stream is not closed.
     *
     * @param in     the stream
     * @param format the format of its content, or {@code null} to detect it
     * @return the blueprint
     * @throws IOException             if the stream cannot be read
     * @throws BlueprintParseException if the content is not a readable blueprint; it lists every problem
     */
    public static Blueprint read(InputStream in, Format format) throws IOException {
        return READER.read(in, format).blueprint();
    }

    /**
     * Writes a blueprint as canonical TOML, in the layout of the blueprint documentation.
     *
     * @param blueprint the blueprint
     * @return the TOML document
     */
    public static String toToml(Blueprint blueprint) {
        return WRITER.toToml(blueprint);
    }

    /**
     * Writes a blueprint as indented JSON.
     *
     * @param blueprint the blueprint
     * @return the JSON document
     */
    public static String toJson(Blueprint blueprint) {
        return WRITER.toJson(blueprint);
    }

    /**
     * Writes a blueprint to a UTF-8 file in the format of its extension.
     *
     * @param blueprint the blueprint
     * @param file      a {@code .toml} or {@code .json} file
     * @throws IOException if writing fails
     */
    public static void write(Blueprint blueprint, Path file) throws IOException {
        WRITER.write(blueprint, file);
    }
}
