package io.github.blueprint4j.operations;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Writes the JSON-like values of {@link Change}s as compact JSON. */
final class JsonText {

    private JsonText() {
    }

    /**
     * Returns a value as compact JSON; {@link Change#HIDDEN} as {@code <hidden>}, without quotes,
     * when it is the whole value.
     *
     * @param value a JSON-like value
     * @return the text
     */
    static String value(Object value) {
        if (value == Change.HIDDEN) {
            return value.toString();
        }
        return write(generator -> write(generator, value));
    }

    /**
     * Returns {@code {"changes": [...]}} for the changes.
     *
     * @param changes the changes
     * @return the JSON document, one line
     */
    static String changes(List<Change> changes) {
        return write(generator -> {
            generator.writeStartObject();
            generator.writeArrayFieldStart("changes");
            for (Change change : changes) {
                generator.writeStartObject();
                generator.writeStringField("kind", change.kind().name());
                generator.writeStringField("path", change.path());
                generator.writeFieldName("old");
                write(generator, change.oldValue());
                generator.writeFieldName("new");
                write(generator, change.newValue());
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    private interface Body {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            body.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string failed", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (value instanceof Long n) {
            generator.writeNumber(n);
        } else if (value instanceof BigInteger n) {
            generator.writeNumber(n);
        } else if (value instanceof BigDecimal n) {
            generator.writeNumber(n);
        } else if (value instanceof Double n) {
            generator.writeNumber(n);
        } else if (value instanceof Float n) {
            generator.writeNumber(n);
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object entry : list) {
                write(generator, entry);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else {
            generator.writeString(value.toString());
        }
    }
}
