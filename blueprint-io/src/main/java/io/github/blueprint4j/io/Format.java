package io.github.blueprint4j.io;

import java.util.Locale;

/**
 * The two document formats of a blueprint.
 */
public enum Format {
    /** TOML 1.0, the format of the blueprint documentation ({@code .toml}). */
    TOML("toml"),
    /** JSON, the format of the composer API ({@code .json}). */
    JSON("json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /**
     * Returns the file name extension without the dot.
     *
     * @return {@code toml} or {@code json}
     */
    public String extension() {
        return extension;
    }

    /**
     * Chooses the format from a file name's last extension, case-insensitively.
     *
     * @param fileName a file name or path
     * @return the format, or {@code null} when the extension is neither {@code .toml} nor {@code .json}
     */
    public static Format fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extension.equals(ext)) {
                return format;
            }
        }
        return null;
    }

    /**
     * Guesses the format from a document's content: JSON when its first character other than
     * white space (and a byte order mark) is <code>{</code>, which cannot start a TOML document;
     * TOML otherwise.
     *
     * @param content the document
     * @return the format
     */
    public static Format detect(CharSequence content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{' ? JSON : TOML;
        }
        return TOML;
    }
}
