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
    private static final JsonFactory UNLIMITED = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private final String text;
    private volatile LocationTree fields;

    /**
     * Creates the map; nothing is parsed until the first lookup.
     *
     * @param text the JSON document, without a byte order mark
     */
    JsonSourceMap(String text) {
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
                }
            }
        }
        return result;
    }

    private static LocationTree walk(String text) {
        LocationTree root = new LocationTree();
        Deque<Container> open = new ArrayDeque<>();
        LocationTree member = root;
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    // a repeated key drops what its earlier occurrence recorded beneath it
                    member = open.element().field.replaceMember(Paths.segment(parser.currentName()));
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
        } catch (IOException e) {
            // a broken document: keep what was found before the error
        }
        return root;
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
