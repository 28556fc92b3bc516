package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.SourceLocation;

/**
 * Renders field paths the way diagnostics and source maps spell them, and splits them back into segments.
 *
 * <p>Members are joined by dots, array elements get a 0-based index in brackets:
 * {@code customizations.user[0].groups[2]}. A key that is not made only of ASCII letters, digits,
 * {@code _} and {@code -} is written in double quotes with JSON string escaping:
 * {@code customizations."weird key".x}.
 */
final class Paths {

    /** Where a finding that no written key is closer to points: the start of the document. */
    static final SourceLocation DOCUMENT_START = new SourceLocation(1, 1);


    private Paths() {
    }

    /**
     * Returns the path of a member.
     *
     * @param parent the path of the table or object holding it; {@code null} or empty for the root
     * @param key    the member's key as written in the document (decoded)
     * @return the member's path
     */
    static String key(String parent, String key) {
        return member(parent, segment(key));
    }

    /**
     * Returns how a key appears in a path: as it is when it is bare, else quoted.
     *
     * @param key the key as written in the document (decoded)
     * @return the path segment
     */
    static String segment(String key) {
        return isBare(key) ? key : quoted(key);
    }

    /**
     * Returns the path of a member whose key is already a path segment.
     *
     * @param parent  the path of the table or object holding it; {@code null} or empty for the root
     * @param segment the key as {@link #segment(String)} renders it
     * @return the member's path
     */
    static String member(String parent, String segment) {
        return parent == null || parent.isEmpty() ? segment : parent + '.' + segment;
    }

    /**
     * Returns the path of an array element.
     *
     * @param parent the path of the array; {@code null} or empty for a root array
     * @param index  the 0-based index of the element
     * @return the element's path
     */
    static String index(String parent, int index) {
        return (parent == null ? "" : parent) + '[' + index + ']';
    }

    /**
     * Returns where the segment of a path that starts at {@code start} ends: at the next {@code .} or
     * {@code [} that is not inside a quoted key, or at the end of the path. Quoted keys are read as a
     * whole so that dots and brackets inside them do not count.
     *
     * @param path  a path rendered by this class
     * @param start where a segment starts: 0, or a {@code .} or {@code [} that ends the segment before
     * @return the index just past the segment
     */
    static int segmentEnd(String path, int start) {
        boolean inQuotes = false;
        for (int i = start; i < path.length(); i++) {
            char c = path.charAt(i);
            if (inQuotes) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if ((c == '.' || c == '[') && i > start) {
                return i;
            }
        }
        return path.length();
    }

    private static boolean isBare(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String key) {
        StringBuilder out = new StringBuilder(key.length() + 2).append('"');
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
