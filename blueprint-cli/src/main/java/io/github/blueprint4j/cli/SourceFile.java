package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file named on the command line, read as UTF-8 text.
 *
 * @param name   the name as given on the command line, used in every message ({@code -} for
 *               standard input)
 * @param path   the file, or {@code null} for standard input
 * @param format the format of its extension ({@code .toml}, {@code .json}, case-insensitive),
 *               else the one detected from its content
 * @param text   the content
 */
record SourceFile(String name, Path path, Format format, String text) {

    /** The name that stands for standard input on the command line. */
    static final String STANDARD_INPUT = "-";

    /**
     * Reads a file.
     *
     * @param name the name as given on the command line
     * @return the file and its content
     * @throws UnreadableFileException if the file is missing, a directory, not readable or not UTF-8
     */
    static SourceFile read(String name) throws UnreadableFileException {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UnreadableFileException("The name is not a valid file path: " + e.getReason() + ".");
        }
        if (Files.isDirectory(path)) {
            throw new UnreadableFileException("This is a directory, not a file.");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("The file does not exist.");
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("The file is not valid UTF-8 text.");
        } catch (IOException e) {
            throw new UnreadableFileException("The file cannot be read: " + IoErrors.reason(e) + ".");
        }
        Format format = Format.fromFileName(name);
        return new SourceFile(name, path, format != null ? format : Format.detect(text), text);
    }

    /**
     * Reads standard input to its end, as the file named {@value #STANDARD_INPUT}; its format is
     * detected from the content.
     *
     * @param in the standard input
     * @return the text and its format
     * @throws UnreadableFileException if the input cannot be read or is not UTF-8
     */
    static SourceFile standardInput(InputStream in) throws UnreadableFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("The standard input is not valid UTF-8 text.");
        } catch (IOException e) {
            throw new UnreadableFileException("The standard input cannot be read: " + IoErrors.reason(e) + ".");
        }
        return new SourceFile(STANDARD_INPUT, null, Format.detect(text), text);
    }
}
