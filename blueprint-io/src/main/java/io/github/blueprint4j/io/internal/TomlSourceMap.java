package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * A date or time literal, which only a document the parser refused needs.
     *
     * @param start    where its text starts
     * @param end      where its text ends (exclusive)
     * @param location where it was written
     */
    record DateTimeLiteral(int start, int end, SourceLocation location) {
    }

    /**
     * The key of a key/value pair.
     *
     * @param path     the key's field path
     * @param location where the key starts
     */
    record KeyLocation(String path, SourceLocation location) {
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
                found.add(new IntegerLiteral(literal.value().path(), written, LocationTree.location(literal.at())));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Scans the document again for its date and time literals, in document order: the scalars
     * that start with a date ({@code 1979-05-27}) or hold a time ({@code 07:32:00}).
     *
     * @return the literals
     */
    List<DateTimeLiteral> dateTimeLiterals() {
        Scanner scanner = new Scanner(text, Long.MAX_VALUE, true);
        scanner.run();
        return scanner.dateTimes;
    }

    /**
     * Scans the document again for the last key of a key/value pair that starts before a
     * position: the key that Jackson's TOML parser means when it reports a duplicate key where
     * the value ends.
     *
     * @param line   the line of the position
     * @param column its column
     * @return the key, or {@code null} if no key starts before the position
     */
    KeyLocation lastKeyBefore(int line, int column) {
        Scanner scanner = new Scanner(text, LocationTree.position(line, column), false);
        scanner.run();
        return scanner.lastKey == null ? null
                : new KeyLocation(scanner.lastKey.path(), LocationTree.location(scanner.lastKeyAt));
    }

    /**
     * Scans the document again for the first value of a kind that is longer than a limit, which
     * only a document the parser refused for its length needs. Escapes count as written, so a
     * string that they made short enough for the parser may be found first.
     *
     * @param kind  strings, keys or numbers (any other bare value counts as a number)
     * @param limit the most characters allowed
     * @return where that value starts, or {@code null} if the scan finds none
     */
    SourceLocation firstLongerThan(ReadLimits.Token kind, int limit) {
        Scanner scanner = new Scanner(text, Long.MAX_VALUE, false);
        scanner.measured = kind;
        scanner.measuredLimit = limit;
        scanner.run();
        return scanner.longAt == LocationTree.NOWHERE ? null : LocationTree.location(scanner.longAt);
    }

    private Scan scan() {
        Scan result = scan;
        if (result == null) {
            synchronized (this) {
                result = scan;
                if (result == null) {
                    result = new Scanner(text, Long.MAX_VALUE, false).run();
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
    private record Literal(LocationTree value, int start, int end, long at) {
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
        /**
         * The text as an array. {@link String#charAt} is compiled for the strings of the whole
         * program: where some are not Latin-1, each call tests which kind it reads, and measured in a
         * service that also parses and validates, that made the scan half as slow again.
         */
        private final char[] chars;
        private final LocationTree root = new LocationTree();
        private final List<Literal> integers = new ArrayList<>();
        /*
         * The parts of the last key read: a quoted part as its path segment, a bare one as where it
         * starts and ends in the text (its segment is the text itself, cut out only for a new member).
         */
        private int keyCount;
        private String[] keyQuoted = new String[8];
        private int[] keyFrom = new int[8];
        private int[] keyTo = new int[8];
        /** Where each part of the last key starts, as {@link LocationTree#position} packs it. */
        private long[] keyStarts = new long[8];
        /** Open arrays and inline tables, innermost first: a stack rather than recursion, so depth cannot overflow. */
        private Container[] containers = new Container[8];
        private int open;
        private int pos;
        private int line = 1;
        private int lineStart;

        /** Keys that start before this position are candidates for {@link #lastKey}. */
        private final long keysBefore;
        private final boolean findDateTimes;
        private final List<DateTimeLiteral> dateTimes = new ArrayList<>();
        private LocationTree lastKey;
        private long lastKeyAt;
        /** The kind of value whose length is measured, or null; the limit; where the first longer one is. */
        private ReadLimits.Token measured;
        private int measuredLimit;
        private long longAt = LocationTree.NOWHERE;

        Scanner(String text, long keysBefore, boolean findDateTimes) {
            this.text = text;
            this.chars = text.toCharArray();
            this.keysBefore = keysBefore;
            this.findDateTimes = findDateTimes;
        }

        Scan run() {
            LocationTree table = root;
            skipBlankLines();
            while (table != null && pos < chars.length) {
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
            if (chars[pos] == '[') {
                next = header();
            } else {
                LocationTree key = assignment(table);
                next = key != null && value(key) ? table : null;
            }
            return next != null && atLineEnd() ? next : null;
        }

        /** Reads {@code [a.b]} or {@code [[a.b]]}; returns the table or new element, or null if broken. */
        private LocationTree header() {
            long at = here();
            boolean arrayTable = pos + 1 < chars.length && chars[pos + 1] == '[';
            pos += arrayTable ? 2 : 1;
            if (!key()) {
                return null;
            }
            skipSpaces();
            if (peek() != ']' || arrayTable && (pos + 1 >= chars.length || chars[pos + 1] != ']')) {
                return null;
            }
            pos += arrayTable ? 2 : 1;
            LocationTree table = keyPart(walk(root, at), keyCount - 1);
            if (!arrayTable) {
                table.setLocation(at);
                return table;
            }
            table.setLocationIfAbsent(at);
            LocationTree element = table.addTable();
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
            int last = keyCount - 1;
            LocationTree key = keyPart(walk(table, LocationTree.NOWHERE), last);
            key.setLocation(keyStarts[last]);
            if (keyStarts[0] < keysBefore) {
                lastKey = key;
                lastKeyAt = keyStarts[0];
            }
            return key;
        }

        /**
         * Records all parts of the last key but the last one, where not yet recorded, and returns
         * the table the last part belongs to. A part naming an array of tables stands for its last element.
         *
         * @param base where the key is written
         * @param at   where to record the parts, or null for where each part starts
         */
        private LocationTree walk(LocationTree base, long at) {
            LocationTree table = base;
            for (int i = 0; i < keyCount - 1; i++) {
                table = keyPart(table, i);
                table.setLocationIfAbsent(at != LocationTree.NOWHERE ? at : keyStarts[i]);
                table = table.lastTable();
            }
            return table;
        }

        /** Returns the member of a table that part {@code i} of the last key names, adding it if it is new. */
        private LocationTree keyPart(LocationTree table, int i) {
            String quoted = keyQuoted[i];
            return quoted != null ? table.member(quoted) : table.member(chars, keyFrom[i], keyTo[i]);
        }

        /** Reads a possibly dotted key into the key parts; false if there is none. */
        private boolean key() {
            keyCount = 0;
            while (keyCount < MAX_DEPTH) {
                skipSpaces();
                if (keyCount == keyStarts.length) {
                    int size = keyCount * 2;
                    keyQuoted = Arrays.copyOf(keyQuoted, size);
                    keyFrom = Arrays.copyOf(keyFrom, size);
                    keyTo = Arrays.copyOf(keyTo, size);
                    keyStarts = Arrays.copyOf(keyStarts, size);
                }
                keyStarts[keyCount] = here();
                int start = pos;
                if (!keyPart()) {
                    return false;
                }
                boolean quoted = chars[start] == '"' || chars[start] == '\'';
                measure(ReadLimits.Token.KEY, pos - start - (quoted ? 2 : 0), keyStarts[keyCount]);
                keyCount++;
                skipSpaces();
                if (peek() != '.') {
                    return true;
                }
                pos++;
            }
            return false;
        }

        /** Reads one part of a key into the key parts at {@code keyCount}; false if there is none. */
        private boolean keyPart() {
            int c = peek();
            String quoted = null;
            if (c == '"') {
                String key = basicKey();
                quoted = key == null ? null : Paths.segment(key);
            } else if (c == '\'') {
                quoted = literalKey();
            } else {
                int start = pos;
                while (pos < chars.length && isBareKeyChar(chars[pos])) {
                    pos++;
                }
                keyFrom[keyCount] = start;
                keyTo[keyCount] = pos;
                keyQuoted[keyCount] = null;
                return pos > start;
            }
            keyQuoted[keyCount] = quoted;
            return quoted != null;
        }

        /** Reads a key in single quotes; returns it as a path segment, or null if it does not end on its line. */
        private String literalKey() {
            int start = ++pos;
            while (pos < chars.length && chars[pos] != '\n') {
                if (chars[pos++] == '\'') {
                    return Paths.segment(text.substring(start, pos - 1));
                }
            }
            return null;
        }

        private String basicKey() {
            StringBuilder key = new StringBuilder();
            pos++;
            while (pos < chars.length) {
                char c = chars[pos];
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
            if (pos >= chars.length) {
                return false;
            }
            char c = chars[pos++];
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
            if (pos + hexDigits > chars.length) {
                return false;
            }
            int codePoint = 0;
            for (int i = 0; i < hexDigits; i++) {
                int digit = Character.digit(chars[pos++], 16);
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
            open = 0;
            for (LocationTree target = key; target != null; target = next()) {
                if (!valueStart(target)) {
                    return false;
                }
            }
            return open == 0;
        }

        /** Opens an array or inline table, or reads a whole scalar. */
        private boolean valueStart(LocationTree field) {
            int c = peek();
            if (c != '[' && c != '{') {
                return scalar(field);
            }
            if (open >= MAX_DEPTH) {
                return false;
            }
            pos++;
            if (open == containers.length) {
                containers = Arrays.copyOf(containers, open * 2);
            }
            containers[open++] = new Container(field, c == '[' ? ']' : '}');
            return true;
        }

        /**
         * Moves to the next value inside the open containers, closing those that end, and records
         * it; returns its field, or null if there is none: all are closed, or the text is broken.
         */
        private LocationTree next() {
            while (open > 0) {
                Container innermost = containers[open - 1];
                skipBlankLines();
                if (peek() == innermost.close) {
                    pos++;
                    containers[--open] = null;
                    continue;
                }
                if (innermost.size > 0) {
                    if (peek() != ',') {
                        return null;
                    }
                    pos++;
                    skipBlankLines();
                    // a trailing comma
                    if (peek() == innermost.close) {
                        pos++;
                        containers[--open] = null;
                        continue;
                    }
                }
                int index = innermost.size++;
                if (innermost.close == '}') {
                    return assignment(innermost.field);
                }
                LocationTree element = innermost.field.element(index);
                element.setLocation(here());
                return element;
            }
            return null;
        }

        private boolean scalar(LocationTree field) {
            int c = peek();
            if (c == '"' || c == '\'') {
                long at = here();
                int start = pos;
                int quotes = start + 2 < chars.length && chars[start + 1] == c && chars[start + 2] == c ? 6 : 2;
                boolean ended = string((char) c);
                measure(ReadLimits.Token.STRING, pos - start - quotes, at);
                return ended;
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
                integers.add(new Literal(field, start, pos, LocationTree.position(line, start - lineStart + 1)));
            } else if (findDateTimes && (matches(start, "dddd-dd-dd") || matches(start, "dd:dd"))) {
                dateTimes.add(new DateTimeLiteral(start, pos,
                        LocationTree.location(LocationTree.position(line, start - lineStart + 1))));
            }
            measure(ReadLimits.Token.NUMBER, pos - start, LocationTree.position(line, start - lineStart + 1));
            return true;
        }

        /** Records where the first value of the kind measured is longer than the limit, quotes included. */
        private void measure(ReadLimits.Token kind, int length, long at) {
            if (kind == measured && length > measuredLimit && longAt == LocationTree.NOWHERE) {
                longAt = at;
            }
        }

        private void skipScalarChars() {
            while (pos < chars.length && isScalarChar(chars[pos])) {
                pos++;
            }
        }

        /** Tells whether the text at {@code at} has the shape, where {@code d} stands for any digit. */
        private boolean matches(int at, String shape) {
            if (at + shape.length() > chars.length) {
                return false;
            }
            for (int i = 0; i < shape.length(); i++) {
                char c = chars[at + i];
                if (shape.charAt(i) == 'd' ? !isDigit(c) : c != shape.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isDecimalInteger(int start, int end) {
            int i = start;
            char first = chars[i];
            if (first == '+' || first == '-') {
                i++;
            }
            if (i == end || !isDigit(chars[i])) {
                return false;
            }
            for (; i < end; i++) {
                char c = chars[i];
                if (!isDigit(c) && c != '_') {
                    return false;
                }
            }
            return true;
        }

        private boolean string(char quote) {
            if (pos + 2 < chars.length && chars[pos + 1] == quote && chars[pos + 2] == quote) {
                return multiLineString(quote);
            }
            pos++;
            while (pos < chars.length) {
                char c = chars[pos];
                if (c == '\n') {
                    return false;
                }
                pos++;
                if (c == quote) {
                    return true;
                }
                // an escaped char cannot end the string (a newline still breaks it)
                if (c == '\\' && quote == '"' && pos < chars.length && chars[pos] != '\n') {
                    pos++;
                }
            }
            return false;
        }

        /** Skips a string in triple quotes; it ends at the first run of three to five quotes. */
        private boolean multiLineString(char quote) {
            pos += 3;
            while (pos < chars.length) {
                char c = chars[pos];
                if (c == quote) {
                    int run = 0;
                    while (pos < chars.length && chars[pos] == quote) {
                        pos++;
                        run++;
                    }
                    if (run >= 3) {
                        return true;
                    }
                    continue;
                }
                if (c == '\\' && quote == '"' && pos + 1 < chars.length) {
                    pos++;
                    c = chars[pos];
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
            return c == EOF || c == '\n' || c == '\r' && pos + 1 < chars.length && chars[pos + 1] == '\n';
        }

        /** Skips blanks, line breaks and comments. */
        private void skipBlankLines() {
            while (pos < chars.length) {
                char c = chars[pos];
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
            while (pos < chars.length && (chars[pos] == ' ' || chars[pos] == '\t')) {
                pos++;
            }
        }

        private void skipComment() {
            while (pos < chars.length && chars[pos] != '\n') {
                pos++;
            }
        }

        private void newLine() {
            pos++;
            line++;
            lineStart = pos;
        }

        private int peek() {
            return pos < chars.length ? chars[pos] : EOF;
        }

        private long here() {
            return LocationTree.position(line, pos - lineStart + 1);
        }

        private static boolean isBareKeyChar(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '-';
        }

        private static boolean isScalarChar(char c) {
            return isBareKeyChar(c) || c == '+' || c == '.' || c == ':';
        }
    }
}
