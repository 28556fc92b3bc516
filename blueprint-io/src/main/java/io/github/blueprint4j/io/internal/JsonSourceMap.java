package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonToken;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Where each field of a JSON document was written.
 *
 * <p>The document is walked once, on the first lookup, with Jackson's streaming parser. A member
 * is located at its name, an array element at its first token. When an object repeats a key, the
 * last occurrence wins, as when reading. On a broken document, or at Jackson's default nesting
 * limit (1000 levels), the walk stops and keeps what it has found so far; it never throws. Lines
 * and columns start at 1, columns count UTF-16 chars.
 */
final class JsonSourceMap implements SourceMap {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Reads documents the reader has accepted under its limits, which do not apply twice. */
    static final JsonFactory UNLIMITED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
                    .build())
            .build();

    /** The document, until it has been walked; {@code null} when the map was recorded while reading. */
    private String text;
    private volatile LocationTree fields;
    private final SourceLocation start;

    /**
     * Creates the map; nothing is parsed until the first lookup.
     *
     * @param text the JSON document, without a byte order mark
     */
    JsonSourceMap(String text) {
        this.text = Objects.requireNonNull(text, "text");
        this.start = Paths.DOCUMENT_START;
    }

    /**
     * Creates the map of a value whose tokens were {@linkplain Recorder recorded} while it was read.
     *
     * @param recorder what was recorded
     * @param start    the location of a path neither written nor below a written field: the
     *                 start of the document, or of the value when it is not the whole document
     */
    JsonSourceMap(Recorder recorder, SourceLocation start) {
        this.fields = recorder.root;
        this.start = Objects.requireNonNull(start, "start");
    }

    /** {@inheritDoc} */
    @Override
    public SourceLocation locate(String path) {
        SourceLocation found = find(path);
        return found != null ? found : start;
    }

    /**
     * Returns where the path or its nearest ancestor was written.
     *
     * @param path a field path, or {@code null}
     * @return the location, or {@code null} when neither the path nor an ancestor was written
     */
    SourceLocation find(String path) {
        return path == null ? null : fields().find(path);
    }

    private LocationTree fields() {
        LocationTree result = fields;
        if (result == null) {
            synchronized (this) {
                result = fields;
                if (result == null) {
                    result = walk(text);
                    fields = result;
                    text = null;
                }
            }
        }
        return result;
    }

    private static LocationTree walk(String text) {
        Recorder recorder = new Recorder();
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                recorder.record(token, parser);
            }
        } catch (IOException e) {
            // a broken document: keep what was found before the error
        }
        return recorder.root;
    }

    /**
     * Records where each field of a JSON value was written, token by token, as a parser reads it:
     * a member at its name, an array element at its first token; a repeated key drops what its
     * earlier occurrence recorded. The value's paths are relative to the value. One per value.
     */
    static final class Recorder {
        private final LocationTree root = new LocationTree();
        private final Deque<Container> open = new ArrayDeque<>();
        private LocationTree member = root;

        /**
         * Records the token the parser is at.
         *
         * @param token  the token
         * @param parser the parser, for the member name and the location
         */
        void record(JsonToken token, JsonParser parser) {
            if (token == JsonToken.FIELD_NAME) {
                // a repeated key drops what its earlier occurrence recorded beneath it
                member = open.element().field.replaceMember(Paths.segment(currentName(parser)));
                member.setLocation(location(parser));
            } else if (token.isStructEnd()) {
                open.pop();
            } else {
                LocationTree field = member;
                Container container = open.peek();
                if (container != null && container.array) {
                    field = container.field.element(container.size++);
                    field.setLocation(location(parser));
                }
                if (token.isStructStart()) {
                    open.push(new Container(field, token == JsonToken.START_ARRAY));
                }
            }
        }

        /** Records the start of an object whose first token a reader has already taken. */
        void startObject() {
            open.push(new Container(root, false));
        }

        private static long location(JsonParser parser) {
            JsonLocation location = parser.currentTokenLocation();
            if (location.getLineNr() < 1 || location.getColumnNr() < 1) {
                // a parser over a tree or a buffer knows no lines
                return LocationTree.NOWHERE;
            }
            return LocationTree.position(location.getLineNr(), location.getColumnNr());
        }

        private static String currentName(JsonParser parser) {
            try {
                return parser.currentName();
            } catch (IOException e) {
                // a parser at a field name knows it
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Finds the first value of a kind that is longer than a limit, which only a document the
     * parser refused for its length needs: the document is read again token by token, without
     * Jackson's limits but one value at a time.
     *
     * @param text  the JSON document
     * @param kind  strings, keys or numbers
     * @param limit the most characters allowed
     * @return where that value starts, or {@code null} if there is none before the document breaks
     */
    static SourceLocation firstLongerThan(String text, ReadLimits.Token kind, int limit) {
        try (JsonParser parser = UNLIMITED.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean measured = switch (kind) {
                    case KEY -> token == JsonToken.FIELD_NAME;
                    case STRING -> token == JsonToken.VALUE_STRING;
                    case NUMBER -> token.isNumeric();
                };
                if (measured && parser.getTextLength() > limit) {
                    return LocationTree.location(location(parser));
                }
            }
        } catch (IOException e) {
            // a broken document: no value found before the break
        }
        return null;
    }

    private static long location(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return LocationTree.position(location.getLineNr(), location.getColumnNr());
    }

    /** An object or array being walked. */
    private static final class Container {
        final LocationTree field;
        final boolean array;
        int size;

        Container(LocationTree field, boolean array) {
            this.field = field;
            this.array = array;
        }
    }
}
