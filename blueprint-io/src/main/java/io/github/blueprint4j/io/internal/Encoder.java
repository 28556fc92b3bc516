package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.io.internal.ModelType.Component;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.BootloaderCustomization;
import io.github.blueprint4j.model.DataSize;
import io.github.blueprint4j.model.Owner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Blueprint} as canonical TOML ({@link TomlEmitter}) or JSON, straight from its
 * records: keys in the format's order, absent values left out, then the unknown keys, which
 * are arbitrary values and go through a Jackson tree. Immutable and thread-safe; used by
 * {@code BlueprintWriter}.
 */
public final class Encoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ModelType BLUEPRINT = ModelType.of(Blueprint.class);

    // JSON is written with jackson-core alone: an ObjectMapper takes a tenth of a second to start
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final boolean sizesAsBytes;
    private final boolean unknownKeys;
    /** Indents JSON; {@code null} for JSON on one line. */
    private final DefaultPrettyPrinter printer;

    /**
     * Creates an encoder.
     *
     * @param sizesAsBytes write every size as a byte count instead of as it was written
     * @param unknownKeys  write the keys the format does not define back
     * @param prettyJson   indent JSON
     */
    public Encoder(boolean sizesAsBytes, boolean unknownKeys, boolean prettyJson) {
        this.sizesAsBytes = sizesAsBytes;
        this.unknownKeys = unknownKeys;
        if (prettyJson) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            this.printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter);
        } else {
            this.printer = null;
        }
    }

    /**
     * Writes canonical TOML.
     *
     * @param blueprint the blueprint
     * @return the document
     */
    public String toToml(Blueprint blueprint) {
        return TomlEmitter.write(blueprint, BLUEPRINT, this);
    }

    /**
     * Writes JSON.
     *
     * @param blueprint the blueprint
     * @return the document, ending with a line break
     */
    public String toJson(Blueprint blueprint) {
        return json(generator -> writeJson(generator, blueprint, BLUEPRINT));
    }

    /**
     * Writes a JSON tree as this encoder writes blueprints.
     *
     * @param tree the tree, its members in the order to write them
     * @return the document, ending with a line break
     */
    public String toJson(JsonNode tree) {
        return json(generator -> writeJson(generator, tree));
    }

    /** Writes the content of a JSON document. */
    private interface JsonBody {
        void write(JsonGenerator generator) throws IOException;
    }

    private String json(JsonBody body) {
        // the writer ObjectMapper uses: it reuses Jackson's buffers, where a StringWriter locks and copies
        SegmentedStringWriter out = new SegmentedStringWriter(JSON._getBufferRecycler());
        try {
            try (JsonGenerator generator = JSON.createGenerator(out)) {
                if (printer != null) {
                    // a printer keeps the nesting of one document
                    generator.setPrettyPrinter(printer.createInstance());
                }
                body.write(generator);
            }
            return out.getAndClear() + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write JSON", e);
        }
    }

    /**
     * Writes a blueprint as a JSON object onto a generator of someone else's document, in the
     * generator's own layout; the keys and values are those of {@link #toJson}.
     *
     * @param generator where to write
     * @param blueprint the blueprint
     * @throws IOException if the generator fails
     */
    public void writeJson(JsonGenerator generator, Blueprint blueprint) throws IOException {
        writeJson(generator, blueprint, BLUEPRINT);
    }

    /**
     * Writes canonical TOML with what the document it was read from had around its values:
     * comments, blank lines, multi-line arrays and string styles ({@code fmt}).
     *
     * @param blueprint the blueprint
     * @param layout    the document as it was written
     * @return the document
     */
    String toToml(Blueprint blueprint, TomlSyntax layout) {
        return TomlEmitter.write(blueprint, BLUEPRINT, this, layout);
    }

    /** Writes a tree as each of its nodes would serialize itself. */
    private static void writeJson(JsonGenerator generator, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    generator.writeFieldName(field.getKey());
                    writeJson(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    writeJson(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> generator.writeNumber(node.intValue());
                    case LONG -> generator.writeNumber(node.longValue());
                    case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
                    case FLOAT -> generator.writeNumber(node.floatValue());
                    case DOUBLE -> generator.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
                }
            }
            case NULL -> generator.writeNull();
            // the tree for JSON holds no other kind of node: other values become strings
            default -> throw new IllegalStateException("Unexpected node in a JSON tree: " + node.getNodeType());
        }
    }

    /**
     * Writes a model record as a JSON object: its keys in the format's order, absent values left
     * out, then its unknown keys.
     */
    private void writeJson(JsonGenerator generator, Object record, ModelType type) throws IOException {
        Map<String, Object> unknown = unknownKeys(record, type);
        generator.writeStartObject();
        for (Component c : type.components) {
            Object value = c.get(record);
            if (!c.isWritten(value)) {
                continue;
            }
            generator.writeFieldName(c.key);
            switch (c.kind) {
                case STRING -> generator.writeString((String) value);
                case BOOLEAN -> generator.writeBoolean((Boolean) value);
                case LONG -> generator.writeNumber((Long) value);
                case DATA_SIZE -> {
                    DataSize size = (DataSize) value;
                    String text = sizeString(size);
                    if (text != null) {
                        generator.writeString(text);
                    } else {
                        generator.writeNumber(size.bytes());
                    }
                }
                case OWNER -> {
                    if (value instanceof Owner.Id id) {
                        generator.writeNumber(id.value());
                    } else {
                        generator.writeString(((Owner.Name) value).value());
                    }
                }
                case FILE_MODE -> generator.writeString(value.toString());
                case STRING_LIST -> {
                    generator.writeStartArray();
                    for (Object s : (List<?>) value) {
                        generator.writeString((String) s);
                    }
                    generator.writeEndArray();
                }
                case RECORD -> writeJson(generator, value, c.element());
                case RECORD_LIST -> {
                    generator.writeStartArray();
                    for (Object r : (List<?>) value) {
                        writeJson(generator, r, c.element());
                    }
                    generator.writeEndArray();
                }
            }
        }
        for (Map.Entry<String, Object> entry : unknown.entrySet()) {
            generator.writeFieldName(entry.getKey());
            writeJson(generator, plain(entry.getValue(), false));
        }
        generator.writeEndObject();
    }

    /** Returns the unknown keys of a record that are written: none when the writer leaves them out. */
    Map<String, Object> unknownKeys(Object record, ModelType type) {
        // the contents of customizations.bootloader are its own, not keys the format lacks: always written
        return unknownKeys || record instanceof BootloaderCustomization ? type.unknownKeys(record) : Map.of();
    }

    /** Returns the string a size is written as, or {@code null} when it is written as its byte count. */
    String sizeString(DataSize size) {
        if (!sizesAsBytes && size.text() != null) {
            return size.text();
        }
        // TOML integers stop at 2^63-1; larger counts are written as strings, which every reader accepts
        return size.exceedsLong() ? Long.toUnsignedString(size.bytes()) : null;
    }

    /** Returns the tree of an unknown key's value; dates stay dates for TOML and become strings for JSON. */
    static JsonNode plain(Object value, boolean toml) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof BigDecimal dec) {
            return NODES.numberNode(dec);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(element -> array.add(plain(element, toml)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), plain(v, toml)));
            return object;
        }
        if (value instanceof TemporalAccessor && toml) {
            return NODES.pojoNode(value);
        }
        return NODES.textNode(value.toString());
    }
}
