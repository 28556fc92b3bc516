package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.io.internal.TomlNode.Kind;
import io.github.blueprint4j.io.internal.TomlNode.StringStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A TOML document as it was written: its tables, keys, values and array elements with the
 * comments and blank lines that belong to each and where each lies in the text. It is what
 * {@code fmt} keeps and what an edit of a read document changes in place; jackson-dataformat-toml,
 * which reads the values, drops all of it.
 *
 * <p>Comments are given to items this way:
 * <ul>
 *   <li>comment lines belong to the item that follows them: a key, a table or array-of-tables
 *       header, an array element; those before the closing bracket of an array to the array's
 *       end, and those after the last item to the document's end;</li>
 *   <li>a comment after an item on its line is the item's trailing comment;</li>
 *   <li>the comment lines at the top of the document, up to the last blank line before the
 *       first item, are the document's head and stay at its top.</li>
 * </ul>
 *
 * <p>The text must be valid TOML (reading has accepted it); on anything else the scan throws an
 * {@link IllegalArgumentException}. Immutable once built.
 *
 * <p>This is a scan of its own rather than an extension of {@link TomlSourceMap}'s: that one runs
 * whenever a finding needs a line, keeps neither comments nor where values lie, and builds its
 * location tree without an object per item; this one keeps all of it, an object per item, and
 * runs only when a document is formatted or edited.
 */
final class TomlSyntax {

    /** The text scanned. */
    final String text;
    /** The root table; its {@link TomlNode#endLines} are the lines after the last item. */
    final TomlNode root;
    /** The comment lines at the top that belong to no item, as {@link TomlNode#lead}. */
    final List<String> head;

    private TomlSyntax(String text, TomlNode root, List<String> head) {
        this.text = text;
        this.root = root;
        this.head = head;
    }

    /**
     * Scans a document.
     *
     * @param text a valid TOML document, without a byte order mark
     * @return what was written
     * @throws IllegalArgumentException if the text is not valid TOML
     */
    static TomlSyntax parse(String text) {
        try {
            return new Scanner(text).run();
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Not a complete TOML document", e);
        }
    }

    /**
     * Returns every comment of the document, each as written from its {@code #}.
     *
     * @return the comments, in no particular order
     */
    List<String> comments() {
        List<String> out = new ArrayList<>();
        for (String line : head) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        root.collectComments(out);
        return out;
    }

    /** Tells whether the document has a comment anywhere. */
    boolean hasComments() {
        return root.comments || !head.isEmpty();
    }

    /** The blank and comment lines seen since the last item, waiting for the item they belong to. */
    private static final class Trivia {
        ArrayList<String> lines;
        boolean blankBefore;
        int start = -1;
        int commentStart = -1;

        void blank(int lineStart) {
            if (start < 0) {
                start = lineStart;
            }
            if (lines == null) {
                blankBefore = true;
            } else if (!lines.get(lines.size() - 1).isEmpty()) {
                lines.add("");
            }
        }

        /** Adds a comment; {@code lineStart} is -1 when the comment does not start its line. */
        void comment(int lineStart, String comment) {
            if (lineStart >= 0) {
                if (start < 0) {
                    start = lineStart;
                }
                if (commentStart < 0) {
                    commentStart = lineStart;
                }
            }
            if (lines == null) {
                lines = new ArrayList<>(2);
            }
            lines.add(comment);
        }

        List<String> take() {
            List<String> taken = lines == null ? List.of() : lines;
            lines = null;
            blankBefore = false;
            start = -1;
            commentStart = -1;
            return taken;
        }

        void attach(TomlNode node, int itemStart) {
            node.triviaStart = start >= 0 ? start : itemStart;
            node.commentStart = commentStart >= 0 ? commentStart : itemStart;
            node.itemStart = itemStart;
            node.blankBefore = blankBefore;
            node.lead = take();
        }
    }

    /** One pass over a document, in a single thread. */
    private static final class Scanner {
        private final String text;
        private final char[] chars;
        private final Trivia trivia = new Trivia();
        private final List<String> keySegments = new ArrayList<>(4);
        private final List<String> keyTexts = new ArrayList<>(4);
        private final TomlNode root = new TomlNode(Kind.TABLE);
        private List<String> head = List.of();
        private boolean firstItem = true;
        private TomlNode sectionOwner;
        private int pos;

        Scanner(String text) {
            this.text = text;
            this.chars = text.toCharArray();
        }

        TomlSyntax run() {
            root.members = new LinkedHashMap<>();
            root.addSection(0);
            sectionOwner = root;
            TomlNode table = root;
            while (true) {
                int lineStart = pos;
                skipSpaces();
                if (pos >= chars.length) {
                    if (pos > lineStart) {
                        trivia.blank(lineStart);
                    }
                    break;
                }
                char c = chars[pos];
                if (c == '\n' || c == '\r') {
                    trivia.blank(lineStart);
                    lineBreak();
                } else if (c == '#') {
                    trivia.comment(lineStart, comment());
                    lineBreak();
                } else if (c == '[') {
                    table = header(lineStart);
                } else {
                    keyValue(table, lineStart);
                }
            }
            // the lines after the last item are the document's, not the last section's
            closeSection(trivia.start >= 0 ? trivia.start : chars.length);
            root.endLines = trivia.take();
            mark(root);
            return new TomlSyntax(text, root, head);
        }

        private void attach(TomlNode node, int itemStart) {
            trivia.attach(node, itemStart);
            if (firstItem) {
                firstItem = false;
                int blank = node.lead.lastIndexOf("");
                if (blank >= 0) {
                    head = List.copyOf(node.lead.subList(0, blank));
                    node.lead = List.copyOf(node.lead.subList(blank + 1, node.lead.size()));
                    node.blankBefore = true;
                }
            }
        }

        private void closeSection(int end) {
            sectionOwner.sections[sectionOwner.sections.length - 1] = end;
        }

        private TomlNode header(int lineStart) {
            boolean arrayOfTables = chars[pos + 1] == '[';
            pos += arrayOfTables ? 2 : 1;
            key();
            skipSpaces();
            expect(']');
            if (arrayOfTables) {
                expect(']');
            }
            TomlNode parent = root;
            int last = keySegments.size() - 1;
            for (int i = 0; i < last; i++) {
                parent = descend(parent, i);
                if (parent.kind == Kind.ARRAY_OF_TABLES) {
                    parent = parent.elements.get(parent.elements.size() - 1);
                }
            }
            String segment = keySegments.get(last);
            TomlNode table = parent.members.get(segment);
            if (arrayOfTables) {
                if (table == null) {
                    table = new TomlNode(Kind.ARRAY_OF_TABLES);
                    table.keyText = keyTexts.get(last);
                    table.elements = TomlNode.newElements();
                    parent.members.put(segment, table);
                }
                TomlNode element = new TomlNode(Kind.TABLE);
                element.members = new LinkedHashMap<>();
                table.elements.add(element);
                table = element;
            } else if (table == null) {
                table = newTable(parent, segment, keyTexts.get(last));
            }
            attach(table, lineStart);
            closeSection(table.triviaStart);
            table.addSection(table.triviaStart);
            sectionOwner = table;
            endOfLine(table);
            return table;
        }

        private void keyValue(TomlNode table, int lineStart) {
            TomlNode value = new TomlNode(Kind.VALUE);
            attach(value, lineStart);
            member(table, value);
            endOfLine(value);
        }

        /** Reads {@code key = value} into a new member of the table. */
        private void member(TomlNode table, TomlNode value) {
            key();
            skipSpaces();
            expect('=');
            skipSpaces();
            TomlNode parent = table;
            int last = keySegments.size() - 1;
            for (int i = 0; i < last; i++) {
                parent = descend(parent, i);
            }
            value.keyText = keyTexts.get(last);
            parent.members.put(keySegments.get(last), value);
            value(value);
        }

        /** Returns the table that part {@code i} of the last key names in a table, adding it if it is new. */
        private TomlNode descend(TomlNode table, int i) {
            TomlNode member = table.members.get(keySegments.get(i));
            return member != null ? member : newTable(table, keySegments.get(i), keyTexts.get(i));
        }

        private static TomlNode newTable(TomlNode parent, String segment, String keyText) {
            TomlNode table = new TomlNode(Kind.TABLE);
            table.keyText = keyText;
            table.members = new LinkedHashMap<>();
            parent.members.put(segment, table);
            return table;
        }

        /** Reads the rest of an item's line: blanks, a comment, the line break. */
        private void endOfLine(TomlNode node) {
            skipSpaces();
            if (pos < chars.length && chars[pos] == '#') {
                node.trailing = comment();
            }
            lineBreak();
            node.lineEnd = pos;
        }

        private void value(TomlNode node) {
            node.valueStart = pos;
            char c = chars[pos];
            if (c == '[') {
                array(node);
            } else if (c == '{') {
                inlineTable(node);
            } else if (c == '"' || c == '\'') {
                string(node, c);
            } else {
                scalar();
            }
            node.valueEnd = pos;
        }

        private void array(TomlNode array) {
            array.elements = TomlNode.newElements();
            pos++;
            Trivia inside = new Trivia();
            int lineStart = -1;
            while (true) {
                skipSpaces();
                char c = chars[pos];
                if (c == '\n' || c == '\r') {
                    if (lineStart >= 0) {
                        inside.blank(lineStart);
                    }
                    lineBreak();
                    array.multiLine = true;
                    lineStart = pos;
                    continue;
                }
                if (c == '#') {
                    inside.comment(lineStart, comment());
                    lineStart = -1;
                    continue;
                }
                if (c == ']') {
                    array.closeLineStart = lineStart;
                    array.endLines = inside.take();
                    pos++;
                    return;
                }
                if (c == ',' && !array.elements.isEmpty() && !array.elements.get(array.elements.size() - 1).comma) {
                    // TOML allows line breaks and comments between an element and its comma
                    array.elements.get(array.elements.size() - 1).comma = true;
                    pos++;
                    lineStart = -1;
                    continue;
                }
                TomlNode element = new TomlNode(Kind.VALUE);
                element.ownLine = lineStart >= 0;
                inside.attach(element, element.ownLine ? lineStart : pos);
                value(element);
                array.elements.add(element);
                skipSpaces();
                if (chars[pos] == ',') {
                    element.comma = true;
                    pos++;
                    skipSpaces();
                }
                if (chars[pos] == '#') {
                    element.trailing = comment();
                }
                if (chars[pos] == '\n' || chars[pos] == '\r') {
                    lineBreak();
                    array.multiLine = true;
                    lineStart = pos;
                } else {
                    element.ownLine = false;
                    lineStart = -1;
                }
                element.lineEnd = pos;
            }
        }

        private void inlineTable(TomlNode table) {
            table.members = new LinkedHashMap<>();
            pos++;
            skipSpaces();
            if (chars[pos] == '}') {
                pos++;
                return;
            }
            while (true) {
                skipSpaces();
                TomlNode value = new TomlNode(Kind.VALUE);
                value.itemStart = pos;
                member(table, value);
                skipSpaces();
                char c = chars[pos++];
                if (c == '}') {
                    return;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("Expected , or } at " + (pos - 1));
                }
            }
        }

        private void string(TomlNode node, char quote) {
            boolean basic = quote == '"';
            if (pos + 2 < chars.length && chars[pos + 1] == quote && chars[pos + 2] == quote) {
                node.style = basic ? StringStyle.MULTI_LINE_BASIC : StringStyle.MULTI_LINE_LITERAL;
                pos += 3;
                while (true) {
                    char c = chars[pos];
                    if (c == quote) {
                        int run = 0;
                        while (pos < chars.length && chars[pos] == quote) {
                            pos++;
                            run++;
                        }
                        if (run >= 3) {
                            return;
                        }
                    } else {
                        pos += c == '\\' && basic ? 2 : 1;
                    }
                }
            }
            node.style = basic ? StringStyle.BASIC : StringStyle.LITERAL;
            pos++;
            while (true) {
                char c = chars[pos++];
                if (c == quote) {
                    return;
                }
                if (c == '\n') {
                    throw new IllegalArgumentException("A string ends at its line");
                }
                if (c == '\\' && basic) {
                    pos++;
                }
            }
        }

        private void scalar() {
            int start = pos;
            skipScalarChars();
            if (pos == start) {
                throw new IllegalArgumentException("Expected a value at " + pos);
            }
            // a local date-time may have a space instead of the T
            if (pos - start == 10 && chars[start + 4] == '-' && pos + 2 < chars.length && chars[pos] == ' '
                    && isDigit(chars[pos + 1]) && isDigit(chars[pos + 2])) {
                pos++;
                skipScalarChars();
            }
        }

        private void skipScalarChars() {
            while (pos < chars.length && (isBareKeyChar(chars[pos]) || chars[pos] == '+' || chars[pos] == '.'
                    || chars[pos] == ':')) {
                pos++;
            }
        }

        /** Reads a possibly dotted key into the key parts. */
        private void key() {
            keySegments.clear();
            keyTexts.clear();
            while (true) {
                skipSpaces();
                int start = pos;
                char c = chars[pos];
                String segment;
                if (c == '"') {
                    int end = text.indexOf('"', pos + 1);
                    while (isEscaped(end)) {
                        end = text.indexOf('"', end + 1);
                    }
                    segment = unescape(text.substring(pos + 1, end));
                    pos = end + 1;
                } else if (c == '\'') {
                    int end = text.indexOf('\'', pos + 1);
                    segment = text.substring(pos + 1, end);
                    pos = end + 1;
                } else {
                    while (pos < chars.length && isBareKeyChar(chars[pos])) {
                        pos++;
                    }
                    if (pos == start) {
                        throw new IllegalArgumentException("Expected a key at " + pos);
                    }
                    segment = text.substring(start, pos);
                }
                keySegments.add(segment);
                keyTexts.add(c == '"' || c == '\'' ? text.substring(start, pos) : segment);
                skipSpaces();
                if (pos >= chars.length || chars[pos] != '.') {
                    return;
                }
                pos++;
            }
        }

        /** Tells whether the quote at {@code at} follows an odd number of backslashes. */
        private boolean isEscaped(int at) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && chars[i] == '\\'; i--) {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }

        /** Reads a comment up to the end of its line, without the line break and trailing blanks. */
        private String comment() {
            int start = pos;
            while (pos < chars.length && chars[pos] != '\n') {
                pos++;
            }
            int end = pos;
            while (end > start && (chars[end - 1] == '\r' || chars[end - 1] == ' ' || chars[end - 1] == '\t')) {
                end--;
            }
            if (pos > start && chars[pos - 1] == '\r') {
                pos--;
            }
            return text.substring(start, end);
        }

        private void lineBreak() {
            if (pos < chars.length && chars[pos] == '\r') {
                pos++;
            }
            if (pos < chars.length) {
                if (chars[pos] != '\n') {
                    throw new IllegalArgumentException("Expected the end of the line at " + pos);
                }
                pos++;
            }
        }

        private void expect(char c) {
            if (chars[pos] != c) {
                throw new IllegalArgumentException("Expected " + c + " at " + pos);
            }
            pos++;
        }

        private void skipSpaces() {
            while (pos < chars.length && (chars[pos] == ' ' || chars[pos] == '\t')) {
                pos++;
            }
        }

        /** Sets {@link TomlNode#comments} on every node; returns it for the node given. */
        private static boolean mark(TomlNode node) {
            boolean found = node.hasOwnComments() || !node.endLines.isEmpty();
            if (node.members != null) {
                for (TomlNode member : node.members.values()) {
                    found |= mark(member);
                }
            }
            if (node.elements != null) {
                for (TomlNode element : node.elements) {
                    found |= mark(element);
                }
            }
            node.comments = found;
            return found;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isBareKeyChar(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '-';
        }
    }

    /** Decodes the escapes of a basic string's body. */
    static String unescape(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = body.charAt(++i);
            int simple = "btnfr\"\\".indexOf(escape);
            if (simple >= 0) {
                out.append("\b\t\n\f\r\"\\".charAt(simple));
            } else {
                int digits = escape == 'u' ? 4 : 8;
                out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 1 + digits), 16));
                i += digits;
            }
        }
        return out.toString();
    }
}
