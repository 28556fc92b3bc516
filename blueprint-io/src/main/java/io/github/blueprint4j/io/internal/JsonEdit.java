package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Edits a JSON document in place: given the canonical JSON of the blueprint it was read as and of
 * the changed blueprint, changes in the document only the values that differ and adds the members
 * that are new, so that the rest (its indentation, its line breaks, the way it writes each value)
 * stays byte for byte.
 *
 * <p>A changed string, number, boolean or null is written where the old one stood; a new member
 * goes after the last member of its object, separated as the object separates its first member.
 * Other changes (a member removed, a list that grows or shrinks, an object or list replaced)
 * give {@code null}, and the caller writes the whole document instead.
 */
final class JsonEdit {

    /** A change this class does not make in place. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Where a value stands in the document: {@code [start, end)}; of an object also its first member's layout. */
    private record Span(int start, int end, int firstName, int firstNameEnd, int firstValue) {
    }

    // the document was accepted by the reader, under its limits: none apply twice
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonSourceMap.UNLIMITED);

    private final String text;
    private final Map<String, Span> spans = new HashMap<>();
    private final List<Splice> splices = new ArrayList<>();

    private JsonEdit(String text) {
        this.text = text;
    }

    /**
     * Edits a document.
     *
     * @param source the document as it was written, without a byte order mark
     * @param before the canonical JSON of the blueprint read from it
     * @param after  the canonical JSON of the changed blueprint
     * @return the edited document, or {@code null} when a change is not one this class makes in place
     */
    static String apply(String source, String before, String after) {
        JsonEdit edit = new JsonEdit(source);
        try (JsonParser parser = JsonSourceMap.UNLIMITED.createParser(source)) {
            parser.nextToken();
            edit.record(parser, "");
            edit.diff(MAPPER.readTree(before), MAPPER.readTree(after), "");
        } catch (Unsupported | IOException | IndexOutOfBoundsException e) {
            // IndexOutOfBoundsException: offsets that do not fit the text; writing it whole is safe
            return null;
        }
        return edit.result();
    }

    /** Records the span of the value at the parser and of everything inside it. */
    private void record(JsonParser parser, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        int start = offset(parser.currentTokenLocation().getCharOffset());
        int firstName = -1;
        int firstNameEnd = -1;
        int firstValue = -1;
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                boolean first = firstName < 0;
                if (first) {
                    firstName = offset(parser.currentTokenLocation().getCharOffset());
                    firstNameEnd = stringEnd(firstName);
                }
                parser.nextToken();
                if (first) {
                    firstValue = offset(parser.currentTokenLocation().getCharOffset());
                }
                record(parser, pointer + "/" + escape(name));
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                record(parser, pointer + "/" + index++);
            }
        } else {
            parser.getText();   // reads a string to its closing quote
        }
        spans.put(pointer, new Span(start, offset(parser.currentLocation().getCharOffset()), firstName, firstNameEnd,
                firstValue));
    }

    /** Returns where the JSON string that starts with the quote at {@code start} ends, after its closing quote. */
    private int stringEnd(int start) {
        if (text.charAt(start) != '"') {
            throw new Unsupported();
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        throw new Unsupported();
    }

    private static int offset(long offset) {
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw new Unsupported();
        }
        return (int) offset;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private void diff(JsonNode before, JsonNode after, String pointer) throws JsonProcessingException {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
                if (!after.has(names.next())) {
                    throw new Unsupported();
                }
            }
            for (Map.Entry<String, JsonNode> member : after.properties()) {
                JsonNode old = before.get(member.getKey());
                if (old != null) {
                    diff(old, member.getValue(), pointer + "/" + escape(member.getKey()));
                } else {
                    add(pointer, member.getKey(), member.getValue());
                }
            }
            return;
        }
        if (before.isArray() && after.isArray() && before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                diff(before.get(i), after.get(i), pointer + "/" + i);
            }
            return;
        }
        if (before.isContainerNode() || after.isContainerNode()) {
            throw new Unsupported();
        }
        Span span = span(pointer);
        splices.add(new Splice(span.start(), span.end(), MAPPER.writeValueAsString(after)));
    }

    /** Adds a member after the last one of an object that has members, laid out as its first one. */
    private void add(String pointer, String name, JsonNode value) throws JsonProcessingException {
        Span object = span(pointer);
        if (object.firstName() < 0 || (value.isContainerNode() && !value.isEmpty())) {
            throw new Unsupported();
        }
        int close = text.lastIndexOf('}', object.end() - 1);
        int last = close;
        while (last > object.start() && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        String lead = text.substring(object.start() + 1, object.firstName());
        String separator = text.substring(object.firstNameEnd(), object.firstValue());
        splices.add(new Splice(last, last, "," + lead + MAPPER.writeValueAsString(name) + separator
                + MAPPER.writeValueAsString(value)));
    }

    private Span span(String pointer) {
        Span span = spans.get(pointer);
        if (span == null) {
            // a key the document writes in another form than the canonical one
            throw new Unsupported();
        }
        return span;
    }

    private String result() {
        return Splice.apply(text, splices, false);
    }
}
