package io.github.blueprint4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Permission bits of a custom file or directory, written as an octal string of three digits
 * with an optional leading zero: {@code "0644"} or {@code "644"} (at most {@code 0777};
 * set-uid, set-gid and sticky bits are not supported by the image builder).
 *
 * <p>A mode remembers how it was written; {@link #equals(Object)} compares the permission
 * bits. Instances are immutable and thread-safe.
 */
public final class FileMode {

    private static final Pattern GRAMMAR = Pattern.compile("0?[0-7]{3}");

    private final int value;
    private final String text;

    private FileMode(int value, String text) {
        this.value = value;
        this.text = text;
    }

    /**
     * Parses a mode string.
     *
     * @param text three octal digits with an optional leading {@code 0}
     * @return the mode, remembering {@code text} as its spelling
     * @throws InvalidValueException if the text does not match {@code 0?[0-7]{3}}
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FileMode parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!isValid(text)) {
            throw InvalidValueException.of("FSNODE-MODE-FORMAT", "\"" + text
                    + "\" is not a file mode: write three octal digits with an optional leading 0, such as \"0644\"", null);
        }
        return new FileMode(Integer.parseInt(text, 8), text);
    }

    /**
     * Returns the mode with the given permission bits, written with four digits ({@code "0640"}).
     *
     * @param value permission bits, {@code 0} to {@code 0777}
     * @return the mode
     * @throws InvalidValueException if {@code value} is outside {@code 0..0777}
     */
    public static FileMode of(int value) {
        if (value < 0 || value > 0777) {
            throw InvalidValueException.of("FSNODE-MODE-FORMAT", "A file mode is between 0000 and 0777, got 0" + Integer.toOctalString(value), null);
        }
        return new FileMode(value, String.format("%04o", value));
    }

    /**
     * Tells whether a string is a valid mode.
     *
     * @param text the candidate
     * @return {@code true} if it matches {@code 0?[0-7]{3}}
     */
    public static boolean isValid(String text) {
        return text != null && GRAMMAR.matcher(text).matches();
    }

    /**
     * Returns the permission bits, {@code 0} to {@code 0777}.
     *
     * @return the permission bits, {@code 0} to {@code 0777}
     */
    public int value() {
        return value;
    }

    /** Two modes are equal when they set the same bits ({@code "644"} equals {@code "0644"}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof FileMode that && that.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** Returns the mode as it was written, such as {@code "0644"}. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
