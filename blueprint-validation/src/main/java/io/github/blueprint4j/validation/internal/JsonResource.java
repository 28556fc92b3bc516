package io.github.blueprint4j.validation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON resource bundled with the library into plain values: objects become ordered
 * maps, arrays lists, and scalars {@code String}, {@code Boolean}, {@code Long}, {@code Double}
 * or {@code null}. Only for the library's own data files, which are known to be well formed.
 */
public final class JsonResource {

    private JsonResource() {
    }

    /**
     * Reads a resource that holds a JSON object.
     *
     * @param owner a class of the resource's package
     * @param name  the resource name, relative to the package
     * @return the object, unmodifiable
     * @throws UncheckedIOException if the resource is missing or malformed
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            try (JsonParser parser = new JsonFactory().createParser(in)) {
                return (Map<String, Object>) value(parser, parser.nextToken());
            }
        } catch (IOException | ClassCastException e) {
            throw new UncheckedIOException("Cannot read the bundled data " + name,
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    map.put(key, value(parser, parser.nextToken()));
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    list.add(value(parser, next));
                }
                return Collections.unmodifiableList(list);
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected " + token + " at " + parser.currentLocation());
        }
    }
}
