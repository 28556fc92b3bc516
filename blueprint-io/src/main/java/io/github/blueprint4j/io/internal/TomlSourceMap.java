package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each field of a TOML document was written.
 *
 * <p>The document is scanned once, on the first lookup, by a small TOML lexer that knows table
 * headers, arrays of tables (a header or key after {@code [[a]]} belongs to the last element of
 * {@code a}), dotted keys, inline tables, arrays and every string and scalar spelling of TOML 1.0.
 * The text is expected to be valid TOML, since the parser has already accepted it; on anything else,
 * and at keys or values nested more than {@value #MAX_DEPTH} levels deep, the scan stops and
 * keeps what it has found so far, it never throws.
 *
 * <p>A key is located at its first character, a table or array-of-tables header at its first
 * {@code [}, an array element at its first character. Lines and columns start at 1, columns count
 * UTF-16 chars, a CRLF is one line break.
 */
final class TomlSourceMap implements SourceMap {

    /**
     * A decimal integer written as a value.
     *
     * @param path     the path of the key or array element the integer is the value of
     * @param text     the literal exactly as written, sign and underscores included
     * @param location where the literal starts
     */
    record IntegerLiteral(String path, String text, SourceLocation location) {
    }

    /** Deepest nesting scanned, as Jackson's default. */
    private static final int MAX_DEPTH = 1000;

    private final String text;
    private volatile Scan scan;

    /**
     * Creates the map; nothing is scanned until the first lookup.
     *
     * @param text the TOML document, without a byte order mark
     */
    TomlSourceMap(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** {@inheritDoc} */
    @Override
    public SourceLocation locate(String path) {
        SourceLocation found = find(path);
        return found != null ? found : Paths.DOCUMENT_START;
    }

    /**
     * Returns where the path or its nearest ancestor was written.
     *
     * @param path a field path, or {@code null}
     * @return the location, or {@code null} when neither the path nor an ancestor was written
     */
    SourceLocation find(String path) {
        return path == null ? null : scan().fields().find(path);
    }

    /**
     * Returns the decimal integer values that have at least {@code minDigits} digits, in document
     * order. Hexadecimal, octal and binary integers, floats, dates and digits inside strings are
     * not decimal integer values.
     *
     * @param minDigits the fewest digits, sign and underscores not counted, a literal must have
     * @return the literals
     */
    List<IntegerLiteral> integerLiterals(int minDigits) {
        List<IntegerLiteral> found = new ArrayList<>();
        for (Literal literal : scan().integers()) {
            String written = text.substring(literal.start(), literal.end());
            if (digits(written) >= minDigits) {
                // the scan renders no paths; only the few literals asked for need one
                found.add(new IntegerLiteral(literal.value().path(), written, literal.location()));
            }
        }
        return List.copyOf(found);
    }

    private Scan scan() {
        Scan result = scan;
        if (result == null) {
            synchronized (this) {
                result = scan;
                if (result == null) {
                    result = new Scanner(text).run();
                    scan = result;
                }
            }
        }
        return result;
    }

    private static int digits(String literal) {
        int digits = 0;
        for (int i = 0; i < literal.length(); i++) {
            if (isDigit(literal.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What a scan found: where each field was written and the decimal integer values. */
    private record Scan(LocationTree fields, List<Literal> integers) {
    }

    /** A decimal integer value: the field it is the value of, where its text starts and ends, and where it was written. */
    private record Literal(LocationTree value, int start, int end, SourceLocation location) {
    }

    /** An array or inline table being read. */
    private static final class Container {
        final LocationTree field;
        final char close;
        int size;

        Container(LocationTree field, char close) {
            this.field = field;
            this.close = close;
        }
    }

    /** One pass over a document, in a single thread. */
    private static final class Scanner {

        private static final int EOF = -1;

        private final String text;
        private final LocationTree root = new LocationTree();
        private final List<Literal> integers = new ArrayList<>();
        /** Number of elements so far of each array of tables. */
        private final Map<LocationTree, Integer> tableArrays = new HashMap<>();
        /** The parts of the last key read, as path segments (quoted where they are not bare). */
        private final List<String> keyParts = new ArrayList<>();
        private final List<SourceLocation> keyStarts = new ArrayList<>();
        /** Open arrays and inline tables, innermost first: a stack rather than recursion, so depth cannot overflow. */
        private final Deque<Container> containers = new ArrayDeque<>();
        private int pos;
        private int line = 1;
        private int lineStart;

        Scanner(String text) {
            this.text = text;
        }

        Scan run() {
            LocationTree table = root;
            skipBlankLines();
            while (table != null && pos < text.length()) {
                table = statement(table);
                skipBlankLines();
            }
            return new Scan(root, integers);
        }

        /**
         * Reads a header or a key/value pair and the rest of its line; returns the table that keys
         * now belong to, or null to stop.
         */
        private LocationTree statement(LocationTree table) {
            LocationTree next;
            if (text.charAt(pos) == '[') {
                next = header();
            } else {
                LocationTree key = assignment(table);
                next = key != null && value(key) ? table : null;
            }
            return next != null && atLineEnd() ? next : null;
        }

        /** Reads {@code [a.b]} or {@code [[a.b]]}; returns the table or new element, or null if broken. */
        private LocationTree header() {
            SourceLocation at = here();
            boolean arrayTable = text.startsWith("[[", pos);
            pos += arrayTable ? 2 : 1;
            if (!key()) {
                return null;
            }
            skipSpaces();
            String close = arrayTable ? "]]" : "]";
            if (!text.startsWith(close, pos)) {
                return null;
            }
            pos += close.length();
            LocationTree table = walk(root, at).member(keyParts.get(keyParts.size() - 1));
            if (!arrayTable) {
                table.setLocation(at);
                return table;
            }
            table.setLocationIfAbsent(at);
            LocationTree element = table.element(tableArrays.merge(table, 1, Integer::sum) - 1);
            element.setLocation(at);
            return element;
        }

        /** Reads {@code key =} and records the key; returns the key's field, or null if broken. */
        private LocationTree assignment(LocationTree table) {
            if (!key()) {
                return null;
            }
            skipSpaces();
            if (peek() != '=') {
                return null;
            }
            pos++;
            skipSpaces();
            int last = keyParts.size() - 1;
            LocationTree key = walk(table, null).member(keyParts.get(last));
            key.setLocation(keyStarts.get(last));
            return key;
        }

        /**
         * Records all parts of the last key but the last one, where not yet recorded, and returns
         * the table the last part belongs to. A part naming an array of tables stands for its last element.
         *
         * @param base where the key is written
         * @param at   where to record the parts, or null for where each part starts
         */
        private LocationTree walk(LocationTree base, SourceLocation at) {
            LocationTree table = base;
            for (int i = 0; i < keyParts.size() - 1; i++) {
                table = table.member(keyParts.get(i));
                table.setLocationIfAbsent(at != null ? at : keyStarts.get(i));
                Integer elements = tableArrays.get(table);
                if (elements != null) {
                    table = table.element(elements - 1);
                }
            }
            return table;
        }

        /** Reads a possibly dotted key into {@link #keyParts} and {@link #keyStarts}; false if there is none. */
        private boolean key() {
            keyParts.clear();
            keyStarts.clear();
            while (keyParts.size() < MAX_DEPTH) {
                skipSpaces();
                SourceLocation start = here();
                String part = keyPart();
                if (part == null) {
                    return false;
                }
                keyParts.add(part);
                keyStarts.add(start);
                skipSpaces();
                if (peek() != '.') {
                    return true;
                }
                pos++;
            }
            return false;
        }

        /** Reads one part of a key; returns it as a path segment, or null if there is none. */
        private String keyPart() {
            int c = peek();
            if (c == '"') {
                String key = basicKey();
                return key == null ? null : Paths.segment(key);
            }
            if (c == '\'') {
                int start = ++pos;
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    if (text.charAt(pos++) == '\'') {
                        return Paths.segment(text.substring(start, pos - 1));
                    }
                }
                return null;
            }
            int start = pos;
            while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
                pos++;
            }
            return pos > start ? text.substring(start, pos) : null;
        }

        private String basicKey() {
            StringBuilder key = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    return null;
                }
                pos++;
                if (c == '"') {
                    return key.toString();
                }
                if (c != '\\') {
                    key.append(c);
                } else if (!unescape(key)) {
                    return null;
                }
            }
            return null;
        }

        /** Decodes the escape sequence after a backslash; false if it is not one TOML knows. */
        private boolean unescape(StringBuilder out) {
            if (pos >= text.length()) {
                return false;
            }
            char c = text.charAt(pos++);
            switch (c) {
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    return unicode(out, 4);
                }
                case 'U' -> {
                    return unicode(out, 8);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private boolean unicode(StringBuilder out, int hexDigits) {
            if (pos + hexDigits > text.length()) {
                return false;
            }
            int codePoint = 0;
            for (int i = 0; i < hexDigits; i++) {
                int digit = Character.digit(text.charAt(pos++), 16);
                if (digit < 0) {
                    return false;
                }
                codePoint = codePoint * 16 + digit;
            }
            if (!Character.isValidCodePoint(codePoint)) {
                return false;
            }
            out.appendCodePoint(codePoint);
            return true;
        }

        /** Reads a value, recording array elements and inline-table keys; false if broken. */
        private boolean value(LocationTree key) {
            containers.clear();
            for (LocationTree target = key; target != null; target = next()) {
                if (!valueStart(target)) {
                    return false;
                }
            }
            return containers.isEmpty();
        }

        /** Opens an array or inline table, or reads a whole scalar. */
        private boolean valueStart(LocationTree field) {
            int c = peek();
            if (c != '[' && c != '{') {
                return scalar(field);
            }
            if (containers.size() >= MAX_DEPTH) {
                return false;
            }
            pos++;
            containers.push(new Container(field, c == '[' ? ']' : '}'));
            return true;
        }

        /**
         * Moves to the next value inside the open containers, closing those that end, and records
         * it; returns its field, or null if there is none: all are closed, or the text is broken.
         */
        private LocationTree next() {
            while (!containers.isEmpty()) {
                Container open = containers.peek();
                skipBlankLines();
                if (peek() == open.close) {
                    pos++;
                    containers.pop();
                    continue;
                }
                if (open.size > 0) {
                    if (peek() != ',') {
                        return null;
                    }
                    pos++;
                    skipBlankLines();
                    // a trailing comma
                    if (peek() == open.close) {
                        pos++;
                        containers.pop();
                        continue;
                    }
                }
                int index = open.size++;
                if (open.close == '}') {
                    return assignment(open.field);
                }
                LocationTree element = open.field.element(index);
                element.setLocation(here());
                return element;
            }
            return null;
        }

        private boolean scalar(LocationTree field) {
            int c = peek();
            if (c == '"' || c == '\'') {
                return string((char) c);
            }
            int start = pos;
            skipScalarChars();
            if (pos == start) {
                return false;
            }
            // a local date-time may have a space instead of the T
            if (pos - start == 10 && matches(start, "dddd-dd-dd") && matches(pos, " dd:")) {
                pos++;
                skipScalarChars();
            }
            if (isDecimalInteger(start, pos)) {
                integers.add(new Literal(field, start, pos, new SourceLocation(line, start - lineStart + 1)));
            }
            return true;
        }

        private void skipScalarChars() {
            while (pos < text.length() && isScalarChar(text.charAt(pos))) {
                pos++;
            }
        }

        /** Tells whether the text at {@code at} has the shape, where {@code d} stands for any digit. */
        private boolean matches(int at, String shape) {
            if (at + shape.length() > text.length()) {
                return false;
            }
            for (int i = 0; i < shape.length(); i++) {
                char c = text.charAt(at + i);
                if (shape.charAt(i) == 'd' ? !isDigit(c) : c != shape.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isDecimalInteger(int start, int end) {
            int i = start;
            char first = text.charAt(i);
            if (first == '+' || first == '-') {
                i++;
            }
            if (i == end || !isDigit(text.charAt(i))) {
                return false;
            }
            for (; i < end; i++) {
                char c = text.charAt(i);
                if (!isDigit(c) && c != '_') {
                    return false;
                }
            }
            return true;
        }

        private boolean string(char quote) {
            if (pos + 2 < text.length() && text.charAt(pos + 1) == quote && text.charAt(pos + 2) == quote) {
                return multiLineString(quote);
            }
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    return false;
                }
                pos++;
                if (c == quote) {
                    return true;
                }
                // an escaped char cannot end the string (a newline still breaks it)
                if (c == '\\' && quote == '"' && pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            }
            return false;
        }

        /** Skips a string in triple quotes; it ends at the first run of three to five quotes. */
        private boolean multiLineString(char quote) {
            pos += 3;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == quote) {
                    int run = 0;
                    while (pos < text.length() && text.charAt(pos) == quote) {
                        pos++;
                        run++;
                    }
                    if (run >= 3) {
                        return true;
                    }
                    continue;
                }
                if (c == '\\' && quote == '"' && pos + 1 < text.length()) {
                    pos++;
                    c = text.charAt(pos);
                }
                if (c == '\n') {
                    newLine();
                } else {
                    pos++;
                }
            }
            return false;
        }

        /** Returns true if only blanks and a comment are left on the line. */
        private boolean atLineEnd() {
            skipSpaces();
            if (peek() == '#') {
                skipComment();
            }
            int c = peek();
            return c == EOF || c == '\n' || c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n';
        }

        /** Skips blanks, line breaks and comments. */
        private void skipBlankLines() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\n') {
                    newLine();
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == '#') {
                    skipComment();
                } else {
                    return;
                }
            }
        }

        private void skipSpaces() {
            while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private void skipComment() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
        }

        private void newLine() {
            pos++;
            line++;
            lineStart = pos;
        }

        private int peek() {
            return pos < text.length() ? text.charAt(pos) : EOF;
        }

        private SourceLocation here() {
            return new SourceLocation(line, pos - lineStart + 1);
        }

        private static boolean isBareKeyChar(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '-';
        }

        private static boolean isScalarChar(char c) {
            return isBareKeyChar(c) || c == '+' || c == '.' || c == ':';
        }
    }
}
