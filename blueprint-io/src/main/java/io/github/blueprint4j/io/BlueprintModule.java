package io.github.blueprint4j.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.internal.Decoder;
import io.github.blueprint4j.io.internal.Encoder;
import io.github.blueprint4j.io.internal.PartialRead;
import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A Jackson module that makes any {@code ObjectMapper} read and write {@link Blueprint} as this
 * library does, for JSON:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new BlueprintModule());
 * Blueprint bp = mapper.readValue(json, Blueprint.class);   // the reader's rules
 * String out = mapper.writeValueAsString(bp);                // what Blueprints.toJson writes
 * }</pre>
 *
 * <p><b>Reading</b> a {@code Blueprint}, at the root of a document or inside another object,
 * follows exactly the rules of the {@link BlueprintReader} the module was made with (by default a
 * lenient one): the same accepted shapes, the same refusals, the same unknown-key handling (kept
 * and a warning; an error when the reader is strict), the same nesting limit. The value is taken
 * from the mapper's parser and bound by the reader's own code, so the paths are the blueprint's
 * key names and the lines and columns are those of the mapper's document. A refused blueprint
 * fails with a {@link BlueprintMappingException} carrying every diagnostic. The mapper's own
 * features (such as {@code FAIL_ON_UNKNOWN_PROPERTIES}) do not apply to a blueprint; a JSON
 * {@code null} is read as {@code null}, as Jackson reads it for any type.
 *
 * <p><b>Warnings</b> of a successful read (unknown keys, deprecated forms) are added to the
 * {@code List<Diagnostic>} given as the {@link #DIAGNOSTICS} attribute of the read, if any:
 *
 * <pre>{@code
 * List<Diagnostic> warnings = new ArrayList<>();
 * Blueprint bp = mapper.readerFor(Blueprint.class).withAttribute(BlueprintModule.DIAGNOSTICS, warnings).readValue(json);
 * }</pre>
 *
 * <p><b>Writing</b> a {@code Blueprint} as the whole document gives byte for byte what the
 * module's {@link BlueprintWriter} writes as JSON (by default what {@link Blueprints#toJson}
 * writes); inside another document it writes the same keys and values in that document's layout.
 *
 * <p>The module handles JSON: for TOML, use {@link BlueprintReader} and {@link BlueprintWriter}.
 * It is immutable and may be registered on any number of mappers; register one per mapper, since
 * Jackson ignores a second registration of the same module type by default. A parser without
 * lines and columns (a tree's, in {@code convertValue} or {@code treeToValue}) gives diagnostics
 * without a location.
 */
public final class BlueprintModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /**
     * The key of a read's attribute holding a mutable {@code List<Diagnostic>} to which the
     * warnings and remarks of each blueprint read are added.
     */
    public static final Object DIAGNOSTICS = BlueprintModule.class.getName() + ".DIAGNOSTICS";

    /** A module with a lenient {@link BlueprintReader} and the default {@link BlueprintWriter}. */
    public BlueprintModule() {
        this(BlueprintReader.builder().build(), BlueprintWriter.builder().build());
    }

    /**
     * A module that reads with the rules of a reader (strict or lenient, its limits) and writes
     * with a writer.
     *
     * @param reader the reader whose rules apply
     * @param writer the writer whose JSON is written
     */
    public BlueprintModule(BlueprintReader reader, BlueprintWriter writer) {
        super("blueprint4j");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(writer, "writer");
        addDeserializer(Blueprint.class, new Reading(reader.decoder()));
        addSerializer(Blueprint.class, new Writing(writer.encoder()));
    }

    /** Reads a blueprint with the reader's code. */
    private static final class Reading extends StdDeserializer<Blueprint> {
        private static final long serialVersionUID = 1L;

        /** Not serializable: a mapper holding the module cannot be serialized. */
        @SuppressWarnings("serial")
        private final Decoder decoder;

        Reading(Decoder decoder) {
            super(Blueprint.class);
            this.decoder = decoder;
        }

        @Override
        public Blueprint deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            PartialRead read = decoder.decodeJsonValue(p);
            if (read.failed()) {
                throw new BlueprintMappingException(p, new BlueprintParseException(read.diagnostics()));
            }
            if (ctxt.getAttribute(DIAGNOSTICS) instanceof List<?> sink) {
                @SuppressWarnings("unchecked")
                List<Diagnostic> diagnostics = (List<Diagnostic>) sink;
                diagnostics.addAll(read.diagnostics());
            }
            return read.blueprint();
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.POJO;
        }
    }

    /** Writes a blueprint with the writer's code. */
    private static final class Writing extends StdSerializer<Blueprint> {
        private static final long serialVersionUID = 1L;

        /** Not serializable: a mapper holding the module cannot be serialized. */
        @SuppressWarnings("serial")
        private final Encoder encoder;

        Writing(Encoder encoder) {
            super(Blueprint.class);
            this.encoder = encoder;
        }

        @Override
        public void serialize(Blueprint value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen.getOutputContext().inRoot() && gen instanceof JsonGeneratorImpl) {
                gen.writeRawValue(encoder.toJson(value));
            } else {
                encoder.writeJson(gen, value);
            }
        }
    }
}
