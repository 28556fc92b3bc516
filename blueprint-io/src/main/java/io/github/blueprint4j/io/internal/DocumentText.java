package io.github.blueprint4j.io.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a read document keeps of its text besides the blueprint: for TOML its comments, blank
 * lines and layout ({@link TomlSyntax}), for JSON the order of its keys. The text is scanned on
 * the first use, as the source map scans it, so that reading a document costs no more than
 * reading a blueprint until it is formatted or edited. Thread-safe; used by
 * {@code BlueprintDocument}.
 */
public final class DocumentText {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final String text;
    private final Format format;
    /** The text without a byte order mark. */
    private final String body;
    /** The TOML document as written, once scanned. */
    private volatile TomlSyntax toml;

    private DocumentText(String text, Format format) {
        this.text = text;
        this.format = format;
        this.body = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
    }

    /**
     * Keeps the text of a document that a reader has accepted.
     *
     * @param text   the document
     * @param format its format
     * @return what it keeps
     */
    public static DocumentText of(String text, Format format) {
        return new DocumentText(Objects.requireNonNull(text, "text"), Objects.requireNonNull(format, "format"));
    }

    /**
     * Returns every comment of a TOML document as written, from its {@code #}.
     *
     * @return the comments; none for JSON
     */
    public List<String> comments() {
        return format == Format.TOML ? List.copyOf(toml().comments()) : List.of();
    }

    /** Returns the TOML document as written, scanning it on the first call. */
    private TomlSyntax toml() {
        TomlSyntax result = toml;
        if (result == null) {
            synchronized (this) {
                result = toml;
                if (result == null) {
                    try {
                        result = TomlSyntax.parse(body);
                    } catch (IllegalArgumentException e) {
                        // the reader accepted the text, so the scan cannot fail: a defect of ours
                        throw new IllegalStateException("The layout of the document could not be read; please report"
                                + " it with the document.", e);
                    }
                    toml = result;
                }
            }
        }
        return result;
    }

    /**
     * Writes a blueprint as {@code fmt} writes this document: for TOML the canonical layout with
     * this document's comments, blank lines, multi-line arrays and string styles; for JSON the
     * encoder's JSON with this document's key order.
     *
     * @param blueprint the blueprint to write, read from this document or changed from it
     * @param encoder   writes values
     * @return the text
     */
    public String format(Blueprint blueprint, Encoder encoder) {
        if (format == Format.TOML) {
            return encoder.toToml(blueprint, toml());
        }
        return encoder.toJson(JsonOrder.reorder(encoder.toJson(blueprint), body));
    }

    /**
     * Edits this document in place so that it holds the changed blueprint: only what differs
     * between the two blueprints' canonical texts is changed.
     *
     * @param read    the blueprint read from this document
     * @param changed the blueprint it is to hold
     * @param encoder writes values
     * @return the edited text, or {@code null} when the document has a shape or the change a kind
     *     that is not edited in place (then write it with {@link #format})
     */
    public String edit(Blueprint read, Blueprint changed, Encoder encoder) {
        String edited = format == Format.JSON
                ? JsonEdit.apply(body, encoder.toJson(read), encoder.toJson(changed))
                : TomlEdit.apply(toml(), TomlSyntax.parse(encoder.toToml(read)), TomlSyntax.parse(encoder.toToml(changed)));
        return edited == null || body == text ? edited : BYTE_ORDER_MARK + edited;
    }

    /** Gives a JSON document the key order of another. */
    private static final class JsonOrder {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        /** Returns the written document's tree with the members of each object in the order the source has them, the new ones last. */
        static JsonNode reorder(String written, String source) {
            try {
                return reorder(MAPPER.readTree(written), MAPPER.readTree(source));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Not a JSON document", e);
            }
        }

        private static JsonNode reorder(JsonNode written, JsonNode source) {
            if (written.isObject()) {
                ObjectNode ordered = MAPPER.createObjectNode();
                if (source != null && source.isObject()) {
                    for (Iterator<String> names = source.fieldNames(); names.hasNext(); ) {
                        String name = names.next();
                        if (written.has(name)) {
                            ordered.set(name, reorder(written.get(name), source.get(name)));
                        }
                    }
                }
                for (Map.Entry<String, JsonNode> member : written.properties()) {
                    if (!ordered.has(member.getKey())) {
                        ordered.set(member.getKey(), reorder(member.getValue(), null));
                    }
                }
                return ordered;
            }
            if (written.isArray()) {
                ArrayNode ordered = MAPPER.createArrayNode();
                for (int i = 0; i < written.size(); i++) {
                    ordered.add(reorder(written.get(i), source != null && source.isArray() ? source.get(i) : null));
                }
                return ordered;
            }
            return written;
        }
    }
}
