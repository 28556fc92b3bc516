package io.github.blueprint4j.interchange.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.blueprint4j.diagnostic.SourceLocation;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** A JSON document of a foreign shape: its tree and where each value stands in the text. */
public final class JsonText {

    /** The one mapper of this module: plain JSON, exact decimals, no trailing documents. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final JsonNode tree;
    private final Map<String, SourceLocation> locations;

    private JsonText(JsonNode tree, Map<String, SourceLocation> locations) {
        this.tree = tree;
        this.locations = locations;
    }

    /**
     * Parses a document.
     *
     * @param json the text
     * @return the document
     * @throws JsonProcessingException if the text is not JSON
     */
    public static JsonText parse(String json) throws JsonProcessingException {
        JsonNode tree = MAPPER.readTree(json);
        Map<String, SourceLocation> locations = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            Deque<String> paths = new ArrayDeque<>();
            Deque<int[]> indexes = new ArrayDeque<>();
            String pending = "";
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    pending = Paths.child(paths.peek(), parser.currentName());
                    JsonLocation at = parser.currentTokenLocation();
                    locations.putIfAbsent(pending, new SourceLocation(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    paths.pop();
                    indexes.pop();
                    continue;
                }
                String path = pending;
                if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
                    path = Paths.index(paths.peek(), indexes.peek()[0]++);
                    JsonLocation at = parser.currentTokenLocation();
                    locations.putIfAbsent(path, new SourceLocation(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
                }
                if (token == JsonToken.START_OBJECT) {
                    paths.push(path);
                    indexes.push(new int[] {-1});
                } else if (token == JsonToken.START_ARRAY) {
                    paths.push(path);
                    indexes.push(new int[] {0});
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("a document Jackson parsed once failed the second time", e);
        }
        return new JsonText(tree, locations);
    }

    /**
     * Returns the tree.
     *
     * @return the tree
     */
    public JsonNode tree() {
        return tree;
    }

    /**
     * Returns where a path's key (or list element) stands, or null.
     *
     * @param path the path
     * @return the location, or null
     */
    public SourceLocation locate(String path) {
        return locations.get(path);
    }
}
