package io.github.blueprint4j.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One item of a TOML document as it was written ({@link TomlSyntax}): a table, an array of
 * tables, a key's value or an array element, with the comments and blank lines around it and
 * where its text lies. Built by one scan and not changed afterwards; safe to share once built.
 */
final class TomlNode {

    /** What the item is. */
    enum Kind {
        /** A table: the root, a {@code [header]} table, an element of an array of tables or a table made by dotted keys. */
        TABLE,
        /** A key defined by {@code [[key]]} headers; its elements are tables. */
        ARRAY_OF_TABLES,
        /** A value written after {@code key =} or as an array element: a scalar, an array or an inline table. */
        VALUE
    }

    /** How a string value was written. */
    enum StringStyle {
        /** Not a string. */
        NONE,
        /** {@code "..."}. */
        BASIC,
        /** {@code '...'}. */
        LITERAL,
        /** {@code """..."""}. */
        MULTI_LINE_BASIC,
        /** {@code '''...'''}. */
        MULTI_LINE_LITERAL
    }

    private static final int[] NO_SECTIONS = new int[0];

    final Kind kind;
    /** The last part of the item's key as written (quotes included); {@code null} for array elements and the root. */
    String keyText;
    /**
     * The lines before the item that belong to it, in order: comments as written (from {@code #},
     * trailing blanks removed) and {@code ""} for a blank line (one for a run), without a blank
     * line at the start, which {@link #blankBefore} records.
     */
    List<String> lead = List.of();
    /** Whether a blank line comes before the item's lines. */
    boolean blankBefore;
    /** The comment at the end of the item's line, or {@code null}. */
    String trailing;
    /** Where the item's lines start: its first blank or comment line, else its own line. */
    int triviaStart = -1;
    /** Where the item's first comment line starts, else its own line. */
    int commentStart = -1;
    /** Where the item's own line starts (a key's or header's line; an element's line when it starts it, else the element). */
    int itemStart = -1;
    /** Where the value starts and ends, for values. */
    int valueStart = -1;
    int valueEnd = -1;
    /** Where the item's line ends, after its line break (or at the end of the text). */
    int lineEnd = -1;
    /** For array elements: whether the element is the first thing on its line and nothing but its comma and a comment follows it. */
    boolean ownLine;
    /** For array elements: whether a comma follows the element. */
    boolean comma;
    /** How a string value was written. */
    StringStyle style = StringStyle.NONE;
    /** For arrays: whether the array spans several lines. */
    boolean multiLine;
    /** For arrays: the comment lines before the closing bracket, as {@link #lead}; for the root: the lines after the last item. */
    List<String> endLines = List.of();
    /** For arrays: where the line of the closing bracket starts. */
    int closeLineStart = -1;
    /** Members of a table or inline table, by key, in the order they were written; {@code null} for other items. */
    LinkedHashMap<String, TomlNode> members;
    /** Elements of an array or an array of tables; {@code null} for other items. */
    ArrayList<TomlNode> elements;
    /** For tables with headers: where each section (its header's lines to the next header's lines) starts and ends. */
    int[] sections = NO_SECTIONS;
    /** Whether this item or one inside it has a comment. */
    boolean comments;

    TomlNode(Kind kind) {
        this.kind = kind;
    }

    /** Returns the member of a table, or {@code null}; {@code null}-safe for the node. */
    static TomlNode member(TomlNode table, String key) {
        return table == null || table.members == null ? null : table.members.get(key);
    }

    /** Returns an element of an array, or {@code null}; {@code null}-safe for the node. */
    static TomlNode element(TomlNode array, int index) {
        return array == null || array.elements == null || index >= array.elements.size() ? null
                : array.elements.get(index);
    }

    /** Tells whether a value is an inline table. */
    boolean isInlineTable() {
        return kind == Kind.VALUE && members != null;
    }

    /** Tells whether a value is an array. */
    boolean isArray() {
        return kind == Kind.VALUE && elements != null;
    }

    /** Tells whether the item has lines or a comment of its own. */
    boolean hasOwnComments() {
        return trailing != null || !lead.isEmpty();
    }

    void addSection(int start) {
        int[] grown = java.util.Arrays.copyOf(sections, sections.length + 2);
        grown[sections.length] = start;
        grown[sections.length + 1] = -1;
        sections = grown;
    }

    /** Returns the comments of this item and of every item inside it, in document order of the scan. */
    void collectComments(List<String> out) {
        for (String line : lead) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        if (trailing != null) {
            out.add(trailing);
        }
        if (members != null) {
            for (TomlNode member : members.values()) {
                member.collectComments(out);
            }
        }
        if (elements != null) {
            for (TomlNode element : elements) {
                element.collectComments(out);
            }
        }
        for (String line : endLines) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
    }

    /** Returns the elements of an array, or an empty list. */
    List<TomlNode> elementList() {
        return elements == null ? List.of() : elements;
    }

    /** Creates the list of a node's members or elements as needed. */
    static ArrayList<TomlNode> newElements() {
        return new ArrayList<>(4);
    }
}
