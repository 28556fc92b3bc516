package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.io.internal.TomlNode.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.ToIntFunction;

/**
 * Edits a TOML document in place: given the canonical text of the blueprint it was read as and
 * of the changed blueprint, changes in the document only what differs between the two.
 *
 * <p>The canonical texts say what changed (the same value is always written the same way, so
 * equal text is equal value); the document says where. A changed value is written where the old
 * one stood; a removed key, table or list entry leaves with its own comment lines; a new one is
 * put where the canonical layout puts it, next to its neighbours, in their indentation. List
 * entries are matched by a longest common subsequence, so adding or removing one leaves the others
 * alone. New lines break as the document's first line does ({@code \r\n} or {@code \n}).
 * Everything else stays byte for byte. Shapes this class does not edit (a key spelled under
 * a deprecated alias, a new key in a table made only of dotted keys) give {@code null}, and the
 * caller writes the whole document instead.
 */
final class TomlEdit {

    /** A shape of the document this class does not edit. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final TomlSyntax source;
    private final TomlSyntax before;
    private final TomlSyntax after;
    private final String text;
    private final List<Splice> splices = new ArrayList<>();
    private final Map<TomlNode, String> prints = new IdentityHashMap<>();

    private TomlEdit(TomlSyntax source, TomlSyntax before, TomlSyntax after) {
        this.source = source;
        this.before = before;
        this.after = after;
        this.text = source.text;
    }

    /**
     * Edits a document.
     *
     * @param source the document as it was written
     * @param before the canonical text of the blueprint read from it
     * @param after  the canonical text of the changed blueprint
     * @return the edited document, or {@code null} when its shape is not one this class edits
     */
    static String apply(TomlSyntax source, TomlSyntax before, TomlSyntax after) {
        TomlEdit edit = new TomlEdit(source, before, after);
        try {
            edit.table(source.root, before.root, after.root);
            return edit.result();
        } catch (Unsupported e) {
            return null;
        }
    }

    private void table(TomlNode s, TomlNode o, TomlNode n) {
        if (s.kind == Kind.VALUE) {
            replace(s, inline(n));
            return;
        }
        for (Map.Entry<String, TomlNode> entry : n.members.entrySet()) {
            String key = entry.getKey();
            TomlNode newer = entry.getValue();
            TomlNode older = o.members.get(key);
            TomlNode written = s.members.get(key);
            if (older == null) {
                if (written == null) {
                    add(s, key, n);
                } else if (written.isArray() && written.elements.isEmpty() && newer.kind != Kind.TABLE) {
                    // an empty list the canonical text leaves out
                    replace(written, inline(newer));
                } else {
                    throw new Unsupported();
                }
            } else if (!print(before, older).equals(print(after, newer))) {
                if (written == null) {
                    throw new Unsupported();
                }
                change(written, older, newer);
            }
        }
        for (Map.Entry<String, TomlNode> entry : o.members.entrySet()) {
            if (!n.members.containsKey(entry.getKey())) {
                TomlNode written = s.members.get(entry.getKey());
                if (written == null) {
                    throw new Unsupported();
                }
                remove(written);
            }
        }
    }

    private void change(TomlNode s, TomlNode o, TomlNode n) {
        if (o.kind != n.kind) {
            if (s.kind != Kind.VALUE || s.lineEnd < 0) {
                throw new Unsupported();
            }
            replace(s, inline(n));
            return;
        }
        switch (n.kind) {
            case TABLE -> table(s, o, n);
            case ARRAY_OF_TABLES -> {
                if (s.kind == Kind.ARRAY_OF_TABLES) {
                    tables(s, o, n);
                } else if (s.isArray()) {
                    elements(s, o, n, this::inline);
                } else {
                    throw new Unsupported();
                }
            }
            case VALUE -> {
                if (s.kind != Kind.VALUE) {
                    throw new Unsupported();
                }
                if (s.isArray() && o.isArray() && n.isArray()) {
                    elements(s, o, n, node -> slice(after, node.valueStart, node.valueEnd));
                } else {
                    replace(s, slice(after, n.valueStart, n.valueEnd));
                }
            }
        }
    }

    /** Edits an array element by element when each is on its own line, else writes it again. */
    private void elements(TomlNode s, TomlNode o, TomlNode n, Function<TomlNode, String> render) {
        List<TomlNode> written = s.elementList();
        boolean ownLines = s.multiLine && written.stream().allMatch(e -> e.ownLine) && written.size() == o.elements.size();
        if (!ownLines) {
            replace(s, inline(n));
            return;
        }
        String indent = written.isEmpty() ? "    " : text.substring(written.get(0).itemStart, written.get(0).valueStart);
        int[][] pairs = align(before, o.elements, after, n.elements);
        for (int[] pair : pairs) {
            int i = pair[0];
            int j = pair[1];
            if (i >= 0 && j >= 0) {
                TomlNode element = written.get(i);
                splices.add(new Splice(element.valueStart, element.valueEnd, render.apply(n.elements.get(j))));
            } else if (i >= 0) {
                TomlNode element = written.get(i);
                splices.add(new Splice(element.commentStart, element.lineEnd, ""));
            } else {
                int previous = pair[2];
                int at;
                if (previous >= 0) {
                    TomlNode element = written.get(previous);
                    at = element.lineEnd;
                    if (!element.comma) {
                        splices.add(new Splice(element.valueEnd, element.valueEnd, ","));
                    }
                } else if (!written.isEmpty()) {
                    at = written.get(0).triviaStart;
                } else if (s.closeLineStart >= 0) {
                    at = s.closeLineStart;
                } else {
                    throw new Unsupported();
                }
                splices.add(new Splice(at, at, indent + render.apply(n.elements.get(j)) + ",\n"));
            }
        }
    }

    /** Edits an array of tables entry by entry. */
    private void tables(TomlNode s, TomlNode o, TomlNode n) {
        List<TomlNode> written = s.elements;
        if (written.size() != o.elements.size()) {
            throw new Unsupported();
        }
        for (int[] pair : align(before, o.elements, after, n.elements)) {
            int i = pair[0];
            int j = pair[1];
            if (i >= 0 && j >= 0) {
                table(written.get(i), o.elements.get(i), n.elements.get(j));
            } else if (i >= 0) {
                remove(written.get(i));
            } else {
                int at = pair[2] >= 0 ? extentEnd(written.get(pair[2])) : written.get(0).triviaStart;
                insertBlock(at, indented(subtree(n.elements.get(j)), keyIndent(written.get(0))));
            }
        }
    }

    /**
     * Aligns two lists of entries: equal ones by a longest common subsequence, the others in each
     * gap pairwise (a changed entry), the rest removed or added. Each row is {old index or -1, new
     * index or -1, the old index an added entry follows or -1}, in document order.
     */
    private int[][] align(TomlSyntax oldSyntax, List<TomlNode> older, TomlSyntax newSyntax, List<TomlNode> newer) {
        int m = older.size();
        int k = newer.size();
        String[] a = new String[m];
        String[] b = new String[k];
        for (int i = 0; i < m; i++) {
            a[i] = print(oldSyntax, older.get(i));
        }
        for (int j = 0; j < k; j++) {
            b[j] = print(newSyntax, newer.get(j));
        }
        int[][] common = new int[m + 1][k + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = k - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<int[]> rows = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int lastKept = -1;
        int i = 0;
        int j = 0;
        while (i < m || j < k) {
            if (i < m && j < k && a[i].equals(b[j]) && common[i][j] == common[i + 1][j + 1] + 1) {
                lastKept = gap(rows, removed, added, lastKept);
                lastKept = i;
                i++;
                j++;
            } else if (j >= k || i < m && common[i + 1][j] >= common[i][j + 1]) {
                removed.add(i++);
            } else {
                added.add(j++);
            }
        }
        gap(rows, removed, added, lastKept);
        return rows.toArray(new int[0][]);
    }

    /**
     * Turns the entries between two kept ones into rows: pairs of a removed and an added one (a
     * changed entry), then the other removed ones, then the other added ones; empties the lists.
     *
     * @return the last old index of the gap, or {@code lastKept} when it has none
     */
    private static int gap(List<int[]> rows, List<Integer> removed, List<Integer> added, int lastKept) {
        int paired = Math.min(removed.size(), added.size());
        for (int p = 0; p < paired; p++) {
            rows.add(new int[] {removed.get(p), added.get(p), -1});
        }
        for (int p = paired; p < removed.size(); p++) {
            rows.add(new int[] {removed.get(p), -1, -1});
        }
        int last = removed.isEmpty() ? lastKept : removed.get(removed.size() - 1);
        for (int p = paired; p < added.size(); p++) {
            rows.add(new int[] {-1, added.get(p), last});
        }
        removed.clear();
        added.clear();
        return last;
    }

    /** Adds a key of the changed blueprint's table that the document does not have. */
    private void add(TomlNode s, String key, TomlNode n) {
        TomlNode newer = n.members.get(key);
        if (s.kind == Kind.VALUE) {
            throw new Unsupported();
        }
        if (newer.kind == Kind.VALUE) {
            addLine(s, key, n, slice(after, newer.itemStart, newer.lineEnd));
            return;
        }
        // a table goes after the tables before it in the canonical order, else before those after it
        List<String> keys = new ArrayList<>(n.members.keySet());
        int index = keys.indexOf(key);
        for (int p = index - 1; p >= 0; p--) {
            TomlNode sibling = s.members.get(keys.get(p));
            if (sibling != null && n.members.get(keys.get(p)).kind != Kind.VALUE && isSections(sibling)) {
                insertBlock(extentEnd(sibling), indented(subtree(newer), keyIndent(sibling)));
                return;
            }
        }
        for (int p = index + 1; p < keys.size(); p++) {
            TomlNode sibling = s.members.get(keys.get(p));
            if (sibling != null && isSections(sibling)) {
                insertBlock(extentStart(sibling), indented(subtree(newer), keyIndent(sibling)));
                return;
            }
        }
        if (s == source.root || s.sections.length > 0) {
            insertBlock(extentEnd(s), indented(subtree(newer), keyIndent(s)));
            return;
        }
        throw new Unsupported();
    }

    /** Adds a {@code key = value} line to a table, after the keys before it in the canonical order, else before the others. */
    private void addLine(TomlNode s, String key, TomlNode n, String line) {
        List<String> keys = new ArrayList<>(n.members.keySet());
        int index = keys.indexOf(key);
        for (int p = index - 1; p >= 0; p--) {
            TomlNode sibling = s.members.get(keys.get(p));
            if (isLine(sibling)) {
                splices.add(new Splice(sibling.lineEnd, sibling.lineEnd, indentOf(sibling) + line));
                return;
            }
        }
        for (int p = index + 1; p < keys.size(); p++) {
            TomlNode sibling = s.members.get(keys.get(p));
            if (isLine(sibling)) {
                splices.add(new Splice(sibling.commentStart, sibling.commentStart, indentOf(sibling) + line));
                return;
            }
        }
        if (s == source.root) {
            int at = s.sections[1];
            boolean header = at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r';
            insertLines(at, header ? line + "\n" : line);
        } else if (s.sections.length > 0) {
            splices.add(new Splice(s.lineEnd, s.lineEnd, line));
        } else if (s.kind == Kind.TABLE && n.sections.length > 0 && s.members.values().stream().allMatch(this::isSections)) {
            // a table made only of sub-tables gets a header of its own before them
            insertBlock(extentStart(s), slice(after, n.itemStart, n.lineEnd) + line);
        } else {
            throw new Unsupported();
        }
    }

    private boolean isLine(TomlNode node) {
        return node != null && node.kind == Kind.VALUE && node.lineEnd >= 0;
    }

    private boolean isSections(TomlNode node) {
        if (node.kind == Kind.VALUE) {
            return false;
        }
        if (node.kind == Kind.ARRAY_OF_TABLES) {
            return true;
        }
        return node.sections.length > 0 || node.members.values().stream().allMatch(this::isSections);
    }

    /** Returns the indentation of the first key line of a table (of the first entry of an array of tables), or "". */
    private String keyIndent(TomlNode table) {
        TomlNode first = table.kind == Kind.ARRAY_OF_TABLES ? table.elements.get(0) : table;
        if (first.members != null) {
            for (TomlNode member : first.members.values()) {
                if (isLine(member)) {
                    return indentOf(member);
                }
            }
        }
        return "";
    }

    /** Indents the key lines of canonical sections as the document indents its own; text with multi-line strings stays as it is. */
    private static String indented(String block, String indent) {
        if (indent.isEmpty() || block.contains("'''") || block.contains("\"\"\"")) {
            return block;
        }
        StringBuilder out = new StringBuilder(block.length() + 64);
        for (String line : block.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isEmpty() || line.startsWith("[") ? "" : indent).append(line);
        }
        return out.toString();
    }

    private String indentOf(TomlNode line) {
        int end = line.itemStart;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(line.itemStart, end);
    }

    /** Removes an item of the document with its own comment lines. */
    private void remove(TomlNode node) {
        switch (node.kind) {
            case VALUE -> {
                if (node.lineEnd < 0) {
                    throw new Unsupported();
                }
                splices.add(new Splice(node.commentStart, node.lineEnd, ""));
            }
            case ARRAY_OF_TABLES -> node.elements.forEach(this::remove);
            case TABLE -> {
                for (int i = 0; i < node.sections.length; i += 2) {
                    splices.add(new Splice(node.sections[i], node.sections[i + 1], ""));
                }
                node.members.values().forEach(this::remove);
            }
        }
    }

    /** Returns where the text of a table and everything in it ends. */
    private static int extentEnd(TomlNode node) {
        int end = over(node, true, n -> n.kind == Kind.VALUE ? n.lineEnd : sectionsEnd(n), Math::max);
        if (end < 0) {
            throw new Unsupported();
        }
        return end;
    }

    /** Returns where the text of a table and everything in it starts. */
    private static int extentStart(TomlNode node) {
        return over(node, true, n -> n.kind == Kind.VALUE ? n.commentStart : sectionsStart(n), Math::min);
    }

    private static int sectionsEnd(TomlNode node) {
        int end = -1;
        for (int i = 1; i < node.sections.length; i += 2) {
            end = Math.max(end, node.sections[i]);
        }
        return end;
    }

    private static int sectionsStart(TomlNode node) {
        return node.sections.length > 0 ? node.sections[0] : Integer.MAX_VALUE;
    }

    /**
     * Combines what {@code own} gives for a node and for every item inside it: the members of its
     * tables and the entries of its arrays of tables, with or without the values among them.
     */
    private static int over(TomlNode node, boolean values, ToIntFunction<TomlNode> own, IntBinaryOperator combine) {
        int result = own.applyAsInt(node);
        if (node.kind == Kind.VALUE) {
            return result;
        }
        for (TomlNode inside : node.kind == Kind.ARRAY_OF_TABLES ? node.elements : node.members.values()) {
            if (values || inside.kind != Kind.VALUE) {
                result = combine.applyAsInt(result, over(inside, values, own, combine));
            }
        }
        return result;
    }

    /** Returns the canonical text of a table of the changed blueprint and of everything in it, from its first header on. */
    private String subtree(TomlNode node) {
        int start = over(node, false, n -> n.sections.length > 0 ? n.itemStart : Integer.MAX_VALUE, Math::min);
        int end = node.kind == Kind.VALUE ? -1 : over(node, false, TomlEdit::sectionsEnd, Math::max);
        if (start == Integer.MAX_VALUE || end < 0) {
            throw new Unsupported();
        }
        return slice(after, start, end);
    }

    /** Inserts sections, separated from what comes before by a blank line. */
    private void insertBlock(int at, String block) {
        insertLines(at, "\n" + block);
    }

    /** Inserts whole lines at a line start, or at the end of a document whose last line has no line break. */
    private void insertLines(int at, String lines) {
        boolean lineStart = at == 0 || text.charAt(at - 1) == '\n';
        splices.add(new Splice(at, at, lineStart ? lines : "\n" + lines));
    }

    private void replace(TomlNode node, String value) {
        if (node.valueStart < 0) {
            throw new Unsupported();
        }
        splices.add(new Splice(node.valueStart, node.valueEnd, value));
    }

    /** Writes a value of the changed blueprint on one line: tables as inline tables. */
    private String inline(TomlNode node) {
        return switch (node.kind) {
            case VALUE -> slice(after, node.valueStart, node.valueEnd);
            case ARRAY_OF_TABLES -> {
                StringBuilder out = new StringBuilder("[");
                for (TomlNode element : node.elements) {
                    out.append(out.length() > 1 ? ", " : "").append(inline(element));
                }
                yield out.append(']').toString();
            }
            case TABLE -> {
                StringBuilder out = new StringBuilder("{");
                for (TomlNode member : node.members.values()) {
                    out.append(out.length() > 1 ? ", " : " ").append(member.keyText).append(" = ").append(inline(member));
                }
                yield out.append(out.length() > 1 ? " }" : "}").toString();
            }
        };
    }

    /** Returns a text that two nodes of canonical texts share exactly when they hold the same value. */
    private String print(TomlSyntax syntax, TomlNode node) {
        String known = prints.get(node);
        if (known != null) {
            return known;
        }
        String print = switch (node.kind) {
            case VALUE -> syntax.text.substring(node.valueStart, node.valueEnd);
            case ARRAY_OF_TABLES -> {
                StringBuilder out = new StringBuilder("[[");
                for (TomlNode element : node.elements) {
                    out.append(print(syntax, element)).append(',');
                }
                yield out.append("]]").toString();
            }
            case TABLE -> {
                StringBuilder out = new StringBuilder("{");
                for (Map.Entry<String, TomlNode> member : node.members.entrySet()) {
                    out.append(TomlEmitter.key(member.getKey())).append('=').append(print(syntax, member.getValue())).append(';');
                }
                yield out.append('}').toString();
            }
        };
        prints.put(node, print);
        return print;
    }

    private static String slice(TomlSyntax syntax, int start, int end) {
        return syntax.text.substring(start, end);
    }

    private String result() {
        // the canonical text breaks lines with \n; a document that breaks its first line with \r\n gets \r\n
        int firstBreak = text.indexOf('\n');
        return Splice.apply(text, splices, firstBreak > 0 && text.charAt(firstBreak - 1) == '\r');
    }
}
