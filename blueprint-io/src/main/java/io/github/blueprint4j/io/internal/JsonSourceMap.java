package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.diagnostic.SourceMap;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

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

    private final String text;
    private volatile Map<String, SourceLocation> locations;

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
        return path == null ? null : Paths.nearest(locations(), path);
    }

    private Map<String, SourceLocation> locations() {
        Map<String, SourceLocation> result = locations;
        if (result == null) {
            synchronized (this) {
                result = locations;
                if (result == null) {
                    result = walk(text);
                    locations = result;
                }
            }
        }
        return result;
    }

    private static Map<String, SourceLocation> walk(String text) {
        // sorted, so that the paths under a repeated key can be dropped as a range
        NavigableMap<String, SourceLocation> found = new TreeMap<>();
        Deque<Container> open = new ArrayDeque<>();
        String member = "";
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    member = Paths.key(open.element().path, parser.currentName());
                    if (found.put(member, location(parser)) != null) {
                        forgetBelow(found, member);
                    }
                } else if (token.isStructEnd()) {
                    open.pop();
                } else {
                    String path = member;
                    Container container = open.peek();
                    if (container != null && container.array) {
                        path = Paths.index(container.path, container.size++);
                        found.put(path, location(parser));
                    }
                    if (token.isStructStart()) {
                        open.push(new Container(path, token == JsonToken.START_ARRAY));
                    }
                }
            }
        } catch (IOException e) {
            // a broken document: keep what was found before the error
        }
        return found;
    }

    /** Drops what an earlier occurrence of a repeated key recorded beneath it. */
    private static void forgetBelow(NavigableMap<String, SourceLocation> found, String path) {
        // '/' and '\\' are the characters right after '.' and '['
        found.subMap(path + '.', path + '/').clear();
        found.subMap(path + '[', path + '\\').clear();
    }

    private static SourceLocation location(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return new SourceLocation(location.getLineNr(), location.getColumnNr());
    }

    /** An object or array being walked. */
    private static final class Container {
        final String path;
        final boolean array;
        int size;

        Container(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
