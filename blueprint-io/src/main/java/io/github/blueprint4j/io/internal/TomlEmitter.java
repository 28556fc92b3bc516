package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.github.blueprint4j.io.internal.ModelType.Component;
import io.github.blueprint4j.io.internal.ModelType.Kind;
import io.github.blueprint4j.io.internal.TomlNode.StringStyle;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.Owner;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a blueprint, or a JSON tree, as a TOML 1.0 document laid out like the osbuild blueprint
 * documentation (jackson-dataformat-toml cannot write arrays of tables such as
 * {@code [[packages]]}).
 *
 * <p>A model record is written straight from its components, as if it were the
 * {@link ObjectNode} of its written keys in the format's order followed by its unknown keys
 * (which the model keeps apart from its known keys); the unknown keys' values are written as trees. Each table, the root first, is written as:
 * <ol>
 *   <li>its inline entries, in field order, as {@code key = value} lines: scalars, arrays that
 *       hold no object, and arrays that cannot be arrays of tables (objects mixed with other
 *       values, or objects inside nested arrays), which are written with inline tables;</li>
 *   <li>then its sub-tables, in field order: an object becomes a {@code [path]} section and a
 *       non-empty array of objects one {@code [[path]]} section per element.</li>
 * </ol>
 * A {@code [path]} header is written when the table has inline entries or no entries at all,
 * so that empty tables survive a round trip; a table that only holds sub-tables is defined by
 * their headers. Sections are separated by one blank line and every line ends with {@code \n};
 * an empty root gives an empty document.
 *
 * <p>Values:
 * <ul>
 *   <li>Keys are bare when they consist of ASCII letters, digits, {@code _} and {@code -}, else
 *       basic strings.</li>
 *   <li>Strings with a line feed are multi-line: a literal string ({@code '''}) when it can hold
 *       the text exactly, otherwise a basic one ({@code """}); other strings are basic strings.
 *       Control characters are escaped wherever TOML requires it.</li>
 *   <li>Integers are decimal; a big integer outside the signed 64-bit range, which TOML cannot
 *       hold, is written as a decimal string.</li>
 *   <li>Floating-point numbers are TOML floats that read back as the same value ({@code nan},
 *       {@code inf} and {@code -inf} included); a big decimal outside the range of a 64-bit
 *       float, which TOML cannot hold, is written as a decimal string.</li>
 *   <li>{@link OffsetDateTime}, {@link LocalDateTime}, {@link LocalDate} and {@link LocalTime}
 *       held by a {@link POJONode} are TOML date-time literals, with seconds always written; a
 *       year outside 0000–9999 or an offset with seconds, which TOML cannot hold, falls back to
 *       the {@code toString()} string like any other object. Binary values are Base64 strings.</li>
 *   <li>Null fields (also missing nodes and POJO nodes holding null) are left out, as TOML has
 *       no null. A null array element cannot be left out without shifting the others, so it is
 *       rejected with an {@link IllegalArgumentException}; of a blueprint, only an unknown key
 *       can hold one.</li>
 * </ul>
 *
 * <p>Given the {@link TomlSyntax} of the document the record was read from, the emitter writes
 * what {@code fmt} writes: the same layout, and besides the values what the person wrote around
 * them. Each comment and blank line goes with the key, table, array-of-tables entry or array
 * element it belongs to, wherever the layout puts that; an array written over several lines, or
 * holding comments, or that would make its line longer than {@value #MAX_LINE} characters, is
 * written one element per line; a string keeps its style (basic, literal, multi-line) where that
 * style can hold its value; the comments of what is not written (a deprecated alias written under
 * its new key) go before the table that held it.
 */
final class TomlEmitter {

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();
    /** The longest line {@code fmt} writes an array on; a longer one is written one element per line. */
    static final int MAX_LINE = 100;
    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder(2048);
    private final StringBuilder path = new StringBuilder(64);
    /**
     * The sub-tables the tables being written hold, found while writing their inline entries,
     * four slots each: the key as TOML writes it, the value (a record, a list of records or a
     * tree), the record type ({@code null} for a tree) and the node it was written as
     * ({@code null} when none). A table's sub-tables take the slots from {@link #subTablesEnd}
     * on, which they give back once written.
     */
    private Object[] subTables = new Object[32];
    private int subTablesEnd;
    /** Gives the values of model records; {@code null} when writing a tree. */
    private final Encoder encoder;
    /** What the document written again had around its values; {@code null} for the canonical layout. */
    private final TomlSyntax layout;
    /** Where the entries of the table being written start, to leave out a blank line before the first. */
    private int entriesStart;
    /** How many arrays written one element per line hold the value being written. */
    private int depth;

    private TomlEmitter(Encoder encoder, TomlSyntax layout) {
        this.encoder = encoder;
        this.layout = layout;
    }

    /**
     * Writes a tree as a TOML document.
     *
     * @param root the document's root table, its fields in the order they are to be written
     * @return the TOML 1.0 text, every line ending with {@code \n}; empty for an empty root
     * @throws IllegalArgumentException if an array holds a null element, which TOML cannot
     *     represent
     */
    static String write(ObjectNode root) {
        TomlEmitter emitter = new TomlEmitter(null, null);
        emitter.writeEntries(root, null, -1, null);
        return emitter.out.toString();
    }

    /**
     * Writes a model record as a TOML document, as if it were the tree the encoder makes of it:
     * its keys in the format's order, then its unknown keys, an unknown key named like a known
     * one taking that one's place.
     *
     * @param record  the document's root record
     * @param type    its type
     * @param encoder gives the values of sizes and unknown keys
     * @return the TOML 1.0 text, every line ending with {@code \n}; empty for an empty root
     * @throws IllegalArgumentException if an unknown key's array holds a null element
     */
    static String write(Object record, ModelType type, Encoder encoder) {
        TomlEmitter emitter = new TomlEmitter(encoder, null);
        emitter.writeEntries(record, type, -1, null);
        return emitter.out.toString();
    }

    /**
     * Writes a model record as {@code fmt} does: in the layout of {@link #write(Object, ModelType,
     * Encoder)}, with the comments, blank lines, multi-line arrays and string styles of the
     * document it was read from.
     *
     * @param record  the document's root record
     * @param type    its type
     * @param encoder gives the values of sizes and unknown keys
     * @param layout  the document as it was written
     * @return the TOML 1.0 text, every line ending with {@code \n}
     * @throws IllegalArgumentException if an unknown key's array holds a null element
     */
    static String write(Object record, ModelType type, Encoder encoder, TomlSyntax layout) {
        TomlEmitter emitter = new TomlEmitter(encoder, layout);
        emitter.writeLines(layout.head, "");
        if (!layout.head.isEmpty()) {
            emitter.out.append('\n');
        }
        emitter.writeLines(emitter.leftoverComments(layout.root, record, type), "");
        emitter.writeEntries(record, type, -1, layout.root);
        List<String> end = layout.root.endLines;
        if (!end.isEmpty()) {
            emitter.separate();
            emitter.writeLines(end.get(end.size() - 1).isEmpty() ? end.subList(0, end.size() - 1) : end, "");
        }
        return emitter.out.toString();
    }

    /**
     * Writes the entries of a table: the inline ones, then the sub-tables.
     *
     * @param table       a model record of the given type, or an {@link ObjectNode} when it is {@code null}
     * @param type        the record's type, or {@code null}
     * @param headerStart where the table's header starts, to leave it out when only sub-tables
     *                    follow it (their headers define the table); -1 when it has none
     * @param node        the table as it was written, or {@code null}
     */
    private void writeEntries(Object table, ModelType type, int headerStart, TomlNode node) {
        int entriesStart = out.length();
        this.entriesStart = entriesStart;
        int first = subTablesEnd;
        if (type == null) {
            for (Map.Entry<String, JsonNode> field : ((ObjectNode) table).properties()) {
                writeInlineEntry(field.getKey(), field.getValue(), TomlNode.member(node, field.getKey()));
            }
        } else {
            writeInlineEntries(table, type, node);
        }
        int end = subTablesEnd;
        if (end == first) {
            return;
        }
        if (headerStart >= 0 && out.length() == entriesStart) {
            out.setLength(headerStart);
        }
        // the sub-tables' own sub-tables take the slots after end, and may grow the array
        for (int i = first; i < end; i += 4) {
            writeSubTable((String) subTables[i], subTables[i + 1], (ModelType) subTables[i + 2],
                    (TomlNode) subTables[i + 3]);
        }
        subTablesEnd = first;
    }

    /** Writes the entries of a record that are not sub-tables, and keeps its sub-tables. */
    private void writeInlineEntries(Object record, ModelType type, TomlNode node) {
        Map<String, Object> unknown = encoder.unknownKeys(record, type);
        for (Component c : type.components) {
            Object value = c.get(record);
            if (!c.isWritten(value)) {
                continue;
            }
            TomlNode member = node == null ? null : TomlNode.member(node, c.key);
            if (c.kind == Kind.RECORD || c.kind == Kind.RECORD_LIST && !((List<?>) value).isEmpty()) {
                keepSubTable(c.tomlKey, value, c.element(), member);
            } else {
                writeLead(member);
                out.append(c.tomlEntry);
                writeValue(c, value, member);
                writeTrailing(member == null ? null : member.trailing);
            }
        }
        for (Map.Entry<String, Object> entry : unknown.entrySet()) {
            writeInlineEntry(entry.getKey(), Encoder.plain(entry.getValue(), true), TomlNode.member(node, entry.getKey()));
        }
    }

    /** Writes a field unless it is absent or a sub-table, which is kept. */
    private void writeInlineEntry(String key, JsonNode value, TomlNode node) {
        if (isAbsent(value)) {
            return;
        }
        if (isSubTable(value)) {
            keepSubTable(key(key), value, null, node);
            return;
        }
        writeLead(node);
        out.append(key(key)).append(" = ");
        writeValue(value, node);
        writeTrailing(node == null ? null : node.trailing);
    }

    private void keepSubTable(String tomlKey, Object value, ModelType type, TomlNode node) {
        if (subTablesEnd + 4 > subTables.length) {
            subTables = Arrays.copyOf(subTables, 2 * subTables.length);
        }
        subTables[subTablesEnd++] = tomlKey;
        subTables[subTablesEnd++] = value;
        subTables[subTablesEnd++] = type;
        subTables[subTablesEnd++] = node;
    }

    /** Writes the blank line and the comment lines before an entry, as it had them. */
    private void writeLead(TomlNode node) {
        if (node == null) {
            return;
        }
        if (node.blankBefore && out.length() > entriesStart) {
            out.append('\n');
        }
        writeLines(node.lead, indent());
    }

    /** Ends an entry's line, with its comment if it has one. */
    private void writeTrailing(String comment) {
        if (comment != null) {
            out.append(' ').append(comment);
        }
        out.append('\n');
    }

    /** Starts a new section with a blank line, unless it starts the text or a blank line (after the head comments) ends it. */
    private void separate() {
        int length = out.length();
        if (length > 0 && !(length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n')) {
            out.append('\n');
        }
    }

    /** Writes lines kept from the document: comments, and blank lines for the empty strings. */
    private void writeLines(List<String> lines, String indent) {
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.append(indent).append(line);
            }
            out.append('\n');
        }
    }

    private String indent() {
        return depth == 0 ? "" : INDENT.repeat(depth);
    }

    /**
     * Returns the comments of the members of a table that are not written (a deprecated alias
     * read into another key, an empty list), so that they can go before the table.
     */
    private List<String> leftoverComments(TomlNode node, Object table, ModelType type) {
        if (node == null || !node.comments || node.members == null) {
            return List.of();
        }
        List<String> lost = null;
        for (Map.Entry<String, TomlNode> member : node.members.entrySet()) {
            if (!member.getValue().comments || isWritten(table, type, member.getKey())) {
                continue;
            }
            if (lost == null) {
                lost = new ArrayList<>();
            }
            member.getValue().collectComments(lost);
        }
        return lost == null ? List.of() : lost;
    }

    private boolean isWritten(Object table, ModelType type, String key) {
        if (type == null) {
            JsonNode value = ((JsonNode) table).get(key);
            return value != null && !isAbsent(value);
        }
        Component c = type.component(key);
        if (c != null && c.isWritten(c.get(table))) {
            return true;
        }
        Object unknown = encoder.unknownKeys(table, type).get(key);
        return unknown != null && !isAbsent(Encoder.plain(unknown, true));
    }

    /**
     * Writes a sub-table: a record of the given type, a list of them, or when the type is
     * {@code null} an {@link ObjectNode} or an array of them.
     */
    private void writeSubTable(String tomlKey, Object value, ModelType type, TomlNode node) {
        int pathLength = path.length();
        if (pathLength > 0) {
            path.append('.');
        }
        path.append(tomlKey);
        // a tree's object is iterable too: it is an array of tables only when it is an array
        if (type == null ? ((JsonNode) value).isArray() : value instanceof List) {
            int index = 0;
            for (Object table : (Iterable<?>) value) {
                TomlNode element = TomlNode.element(node, index);
                writeHeader(true, element, leftoverComments(element, table, type), index == 0 ? node : null);
                writeEntries(table, type, -1, element);
                index++;
            }
        } else {
            int start = out.length();
            List<String> lost = leftoverComments(node, value, type);
            writeHeader(false, node, lost, null);
            boolean commented = node != null && node.hasOwnComments() || !lost.isEmpty();
            writeEntries(value, type, commented ? -1 : start, node);
        }
        path.setLength(pathLength);
    }

    /**
     * Writes a header with the lines before it: those of the whole array of tables before its first
     * entry ({@code outer}), the table's own, and the comments of what the table holds but is not written.
     */
    private void writeHeader(boolean arrayElement, TomlNode node, List<String> lost, TomlNode outer) {
        separate();
        String trailing = node == null ? null : node.trailing;
        if (outer != null) {
            writeLines(outer.lead, "");
            writeLines(outer.endLines.stream().filter(line -> !line.isEmpty()).toList(), "");
            if (trailing == null) {
                trailing = outer.trailing;
            } else if (outer.trailing != null) {
                writeLines(List.of(outer.trailing), "");
            }
        }
        if (node != null) {
            writeLines(node.lead, "");
        }
        writeLines(lost, "");
        out.append(arrayElement ? "[[" : "[").append(path).append(arrayElement ? "]]" : "]");
        writeTrailing(trailing);
    }

    // Each is...() of JsonNode asks the node for its type again: ask once.
    private static boolean isAbsent(JsonNode value) {
        JsonNodeType type = value.getNodeType();
        return type == JsonNodeType.NULL || type == JsonNodeType.MISSING
                || type == JsonNodeType.POJO && ((POJONode) value).getPojo() == null;
    }

    private static boolean isSubTable(JsonNode value) {
        JsonNodeType type = value.getNodeType();
        if (type == JsonNodeType.OBJECT) {
            return true;
        }
        if (type != JsonNodeType.ARRAY || value.isEmpty()) {
            return false;
        }
        for (JsonNode element : value) {
            if (element.getNodeType() != JsonNodeType.OBJECT) {
                return false;
            }
        }
        return true;
    }

    /** Writes a known component's value that is not a table, as the encoder's tree holds it. */
    private void writeValue(Component c, Object value, TomlNode node) {
        switch (c.kind) {
            case STRING -> writeString((String) value, node);
            case BOOLEAN -> out.append(((Boolean) value).booleanValue());
            case LONG -> out.append(((Long) value).longValue());
            case DATA_SIZE -> {
                DataSize size = (DataSize) value;
                String text = encoder.sizeString(size);
                if (text != null) {
                    writeString(text, node);
                } else {
                    out.append(size.bytes());
                }
            }
            case OWNER -> {
                if (value instanceof Owner.Id id) {
                    out.append(id.value());
                } else {
                    writeString(((Owner.Name) value).value(), node);
                }
            }
            case FILE_MODE -> writeString(value.toString(), node);
            case STRING_LIST -> {
                List<?> strings = (List<?>) value;
                if (layout != null) {
                    writeArray(strings, node);
                    return;
                }
                out.append('[');
                for (int i = 0; i < strings.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    writeString((String) strings.get(i));
                }
                out.append(']');
            }
            // only an empty list of tables is written inline
            case RECORD_LIST -> out.append("[]");
            case RECORD -> throw new IllegalStateException("A table is not an inline value: " + c.key);
        }
    }

    /** Writes a value that is not absent; absent values are left out or rejected before. */
    private void writeValue(JsonNode value, TomlNode node) {
        switch (value.getNodeType()) {
            case STRING -> writeString(value.textValue(), node);
            case NUMBER -> writeNumber(value);
            case BOOLEAN -> out.append(value.booleanValue());
            case ARRAY -> {
                if (layout != null) {
                    writeArray(value, node);
                } else {
                    writeInlineArray(value);
                }
            }
            case OBJECT -> writeInlineTable(value, node);
            case BINARY -> out.append('"')
                    .append(Base64.getEncoder().encodeToString(((BinaryNode) value).binaryValue()))
                    .append('"');
            case POJO -> writeObject(((POJONode) value).getPojo());
        }
    }

    private void writeInlineArray(JsonNode array) {
        out.append('[');
        boolean first = true;
        for (JsonNode element : array) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            writeElement(element, null);
        }
        out.append(']');
    }

    private void writeElement(Object element, TomlNode node) {
        if (element instanceof String string) {
            writeString(string, node);
            return;
        }
        JsonNode value = (JsonNode) element;
        if (isAbsent(value)) {
            throw new IllegalArgumentException("TOML has no null, so an array cannot hold a null element"
                    + (path.length() == 0 ? " (in the root table)" : " (in table [" + path + "])"));
        }
        writeValue(value, node);
    }

    /**
     * Writes an array as {@code fmt} does: on one line, unless it was written over several lines,
     * holds comments, or would make its line longer than {@value #MAX_LINE} characters; then one
     * element per line, each with its comments.
     *
     * @param array a list of strings or an array node
     * @param node  the array as it was written, or {@code null}
     */
    private void writeArray(Iterable<?> array, TomlNode node) {
        int start = out.length();
        if (node == null || !node.multiLine && !commentsInside(node)) {
            out.append('[');
            boolean first = true;
            int index = 0;
            for (Object element : array) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                writeElement(element, TomlNode.element(node, index++));
            }
            out.append(']');
            if (first || out.length() - (out.lastIndexOf("\n", start) + 1) <= MAX_LINE) {
                return;
            }
            out.setLength(start);
        }
        out.append("[\n");
        depth++;
        String indent = indent();
        int index = 0;
        for (Object element : array) {
            TomlNode written = TomlNode.element(node, index);
            if (written != null) {
                if (written.blankBefore && index > 0) {
                    out.append('\n');
                }
                writeLines(written.lead, indent);
            }
            out.append(indent);
            writeElement(element, written);
            out.append(',');
            writeTrailing(written == null ? null : written.trailing);
            index++;
        }
        if (node != null) {
            writeLines(node.endLines, indent);
        }
        depth--;
        out.append(indent()).append(']');
    }

    /** Whether an array holds comments: of its elements or before its closing bracket, not those of its key's line. */
    private static boolean commentsInside(TomlNode array) {
        if (!array.endLines.isEmpty()) {
            return true;
        }
        if (array.elements != null) {
            for (TomlNode element : array.elements) {
                if (element.comments) {
                    return true;
                }
            }
        }
        return false;
    }

    private void writeInlineTable(JsonNode table, TomlNode node) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> field : table.properties()) {
            JsonNode value = field.getValue();
            if (isAbsent(value)) {
                continue;
            }
            out.append(first ? " " : ", ");
            first = false;
            out.append(key(field.getKey())).append(" = ");
            writeValue(value, TomlNode.member(node, field.getKey()));
        }
        out.append(first ? "}" : " }");
    }

    private void writeNumber(JsonNode number) {
        switch (number.numberType()) {
            case INT, LONG -> out.append(number.longValue());
            case BIG_INTEGER -> {
                BigInteger value = number.bigIntegerValue();
                if (value.bitLength() < Long.SIZE) {
                    out.append(value.longValue());
                } else {
                    out.append('"').append(value).append('"');
                }
            }
            case FLOAT -> writeFloatingPoint(number.floatValue(), Float.toString(number.floatValue()));
            case DOUBLE -> writeFloatingPoint(number.doubleValue(), Double.toString(number.doubleValue()));
            case BIG_DECIMAL -> {
                BigDecimal value = number.decimalValue();
                double approximation = value.doubleValue();
                if (value.signum() != 0 && (Double.isInfinite(approximation) || approximation == 0.0)) {
                    out.append('"').append(value).append('"');
                } else {
                    appendDecimal(value);
                }
            }
        }
    }

    /** Writes a float or double given with its shortest decimal form. */
    private void writeFloatingPoint(double value, String shortest) {
        if (Double.isNaN(value)) {
            out.append("nan");
        } else if (Double.isInfinite(value)) {
            out.append(value > 0 ? "inf" : "-inf");
        } else if (Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(-0.0)) {
            out.append("-0.0");
        } else {
            appendDecimal(new BigDecimal(shortest));
        }
    }

    /**
     * Writes a decimal in a form that depends on its value only, not on its scale, so that the
     * text stays the same when a reader strips trailing zeros (as Jackson's node factory does)
     * and it is written again: plain from 0.001 to below 10^7 like {@link Double#toString},
     * otherwise with one digit before the point and an exponent.
     */
    private void appendDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            out.append("0.0");
            return;
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent >= -3 && exponent < 7) {
            out.append(stripped.toPlainString());
            if (stripped.scale() <= 0) {
                out.append(".0");
            }
            return;
        }
        String digits = stripped.unscaledValue().abs().toString();
        if (stripped.signum() < 0) {
            out.append('-');
        }
        out.append(digits.charAt(0)).append('.');
        if (digits.length() > 1) {
            out.append(digits, 1, digits.length());
        } else {
            out.append('0');
        }
        out.append(exponent < 0 ? "e-" : "e+").append(Math.abs(exponent));
    }

    /**
     * Returns the TOML text of a date or time as {@link #write} writes it (seconds always
     * written), or its {@code toString()} when TOML cannot hold it.
     *
     * @param value a date or time, or any other object
     * @return the text, never quoted
     */
    static String dateTimeText(Object value) {
        TomlEmitter emitter = new TomlEmitter(null, null);
        emitter.writeObject(value);
        String text = emitter.out.toString();
        return text.startsWith("\"") ? value.toString() : text;
    }

    private void writeObject(Object value) {
        if (value instanceof LocalDate date && isTomlYear(date.getYear())) {
            appendDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } else if (value instanceof LocalTime time) {
            appendTime(time);
        } else if (value instanceof LocalDateTime dateTime && isTomlYear(dateTime.getYear())) {
            appendDate(dateTime.getYear(), dateTime.getMonthValue(), dateTime.getDayOfMonth());
            out.append('T');
            appendTime(dateTime.toLocalTime());
        } else if (value instanceof OffsetDateTime dateTime && isTomlYear(dateTime.getYear())
                && dateTime.getOffset().getTotalSeconds() % 60 == 0) {
            appendDate(dateTime.getYear(), dateTime.getMonthValue(), dateTime.getDayOfMonth());
            out.append('T');
            appendTime(dateTime.toLocalTime());
            appendOffset(dateTime.getOffset().getTotalSeconds());
        } else {
            writeString(value.toString());
        }
    }

    private static boolean isTomlYear(int year) {
        return year >= 0 && year <= 9999;
    }

    private void appendDate(int year, int month, int day) {
        appendDigits(year, 4);
        out.append('-');
        appendDigits(month, 2);
        out.append('-');
        appendDigits(day, 2);
    }

    /** Writes {@code HH:MM:SS} and the fraction without trailing zeros, as TOML needs seconds. */
    private void appendTime(LocalTime time) {
        appendDigits(time.getHour(), 2);
        out.append(':');
        appendDigits(time.getMinute(), 2);
        out.append(':');
        appendDigits(time.getSecond(), 2);
        int nanos = time.getNano();
        if (nanos != 0) {
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            out.append('.');
            appendDigits(nanos, digits);
        }
    }

    private void appendOffset(int totalSeconds) {
        if (totalSeconds == 0) {
            out.append('Z');
            return;
        }
        out.append(totalSeconds < 0 ? '-' : '+');
        int minutes = Math.abs(totalSeconds) / 60;
        appendDigits(minutes / 60, 2);
        out.append(':');
        appendDigits(minutes % 60, 2);
    }

    /** Writes a non-negative number with leading zeros up to the given number of digits. */
    private void appendDigits(int value, int width) {
        for (int divisor = tenToThe(width - 1); divisor > 0; divisor /= 10) {
            out.append((char) ('0' + value / divisor % 10));
        }
    }

    private static int tenToThe(int exponent) {
        int power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }

    /** Writes a string in the style it was written in, where that style can hold it, else as {@link #writeString(String)}. */
    private void writeString(String value, TomlNode node) {
        StringStyle style = node == null ? StringStyle.NONE : node.style;
        switch (style) {
            case BASIC -> {
                out.append('"');
                appendEscaped(out, value, 0, false);
                out.append('"');
            }
            case MULTI_LINE_BASIC -> {
                out.append("\"\"\"\n");
                appendEscaped(out, value, 0, true);
                out.append("\"\"\"");
            }
            case LITERAL, MULTI_LINE_LITERAL -> {
                boolean multiLine = style == StringStyle.MULTI_LINE_LITERAL;
                if (fitsLiteral(value, multiLine)) {
                    out.append(multiLine ? "'''\n" : "'").append(value).append(multiLine ? "'''" : "'");
                } else {
                    writeString(value);
                }
            }
            default -> writeString(value);
        }
    }

    /** Tells whether a literal string, on one line or on several, holds a value exactly. */
    private static boolean fitsLiteral(String value, boolean multiLine) {
        if (multiLine ? value.contains("'''") || value.endsWith("'") : value.indexOf('\'') >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && !(multiLine && c == '\n') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private void writeString(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            if (!isPlain(value.charAt(i))) {
                writeStringFrom(value, i);
                return;
            }
        }
        out.append('"').append(value).append('"');
    }

    /** Writes a string whose first char that needs a look is at {@code plain}; apart, so the plain case inlines. */
    private void writeStringFrom(String value, int plain) {
        int length = value.length();
        int firstEscape = -1;
        boolean lineFeed = false;
        boolean literalFits = value.charAt(length - 1) != '\'';
        int quoteRun = 0;
        for (int i = plain; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                if (++quoteRun == 3) {
                    literalFits = false;
                }
                continue;
            }
            quoteRun = 0;
            if (c == '\n') {
                lineFeed = true;
            } else if (c < 0x20 && c != '\t' || c == 0x7F) {
                literalFits = false;
            } else if (c != '\t' && c != '"' && c != '\\') {
                continue;
            }
            if (firstEscape < 0) {
                firstEscape = i;
            }
        }
        if (firstEscape < 0) {
            out.append('"').append(value).append('"');
        } else if (!lineFeed) {
            out.append('"').append(value, 0, firstEscape);
            appendEscaped(out, value, firstEscape, false);
            out.append('"');
        } else if (literalFits) {
            // a parser drops the line feed right after the opening delimiter
            out.append("'''\n").append(value).append("'''");
        } else {
            out.append("\"\"\"\n");
            appendEscaped(out, value, 0, true);
            out.append("\"\"\"");
        }
    }

    /** Tells whether a char needs no look in a string: not a quote, a backslash or a control char. */
    private static boolean isPlain(char c) {
        // most chars are above the quote, which saves tests
        return c > '\'' ? c != '\\' && c != 0x7F : c >= 0x20 && c != '"' && c != '\'';
    }

    /** Returns a key as TOML writes it: bare when it consists of ASCII letters, digits, _ and -, else quoted. */
    static String key(String key) {
        int length = key.length();
        boolean bare = length > 0;
        for (int i = 0; i < length && bare; i++) {
            char c = key.charAt(i);
            bare = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '-';
        }
        if (bare) {
            return key;
        }
        StringBuilder quoted = new StringBuilder(length + 2).append('"');
        appendEscaped(quoted, key, 0, false);
        return quoted.append('"').toString();
    }

    /**
     * Appends {@code value} from {@code start} on with the escapes of a basic string; in a
     * multi-line one, tabs and line feeds stay as they are.
     */
    private static void appendEscaped(StringBuilder target, String value, int start, boolean multiLine) {
        int length = value.length();
        int run = start;
        for (int i = start; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F
                    || multiLine && (c == '\n' || c == '\t')) {
                continue;
            }
            target.append(value, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> target.append("\\\"");
                case '\\' -> target.append("\\\\");
                case '\b' -> target.append("\\b");
                case '\t' -> target.append("\\t");
                case '\n' -> target.append("\\n");
                case '\f' -> target.append("\\f");
                case '\r' -> target.append("\\r");
                default -> target.append("\\u00").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xF]);
            }
        }
        target.append(value, run, length);
    }
}
