package io.github.blueprint4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.blueprint4j.io.BlueprintDocument;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Writing the typical blueprint: canonical TOML, what fmt writes, JSON, and Jackson's own TOML writer on the same tree. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WriteBenchmark {

    private final BlueprintWriter writer = BlueprintWriter.builder().build();
    private final BlueprintReader reader = BlueprintReader.builder().build();
    private final ObjectWriter jacksonToml = new TomlMapper().writer();
    private Blueprint typical;
    private BlueprintDocument document;
    private JsonNode tree;

    /**
     * Reads the document once.
     *
     * @throws Exception never for this document
     */
    @Setup
    public void setUp() throws Exception {
        typical = Blueprints.readToml(Documents.TYPICAL_TOML);
        document = BlueprintDocument.parse(Documents.TYPICAL_TOML);
        // the layout is scanned on first use: measure the writing alone
        document.formatted();
        tree = new TomlMapper().readTree(Documents.TYPICAL_TOML);
    }

    /**
     * Canonical TOML of the typical blueprint.
     *
     * @return the document
     */
    @Benchmark
    public String tomlTypical() {
        return writer.toToml(typical);
    }

    /**
     * What {@code blueprint fmt} writes of the typical document: canonical TOML with the document's
     * comments and layout, from a document read once.
     *
     * @return the document
     */
    @Benchmark
    public String fmtTypical() {
        return document.formatted();
    }

    /**
     * {@code blueprint fmt} of the typical document from its text: read it as a document, scan its
     * layout, write it. Compare with {@link #readAndWriteTypical()}.
     *
     * @return the document
     */
    @Benchmark
    public String fmtTypicalFromText() {
        return reader.readDocument(Documents.TYPICAL_TOML, Format.TOML).formatted();
    }

    /**
     * What {@code fmt} did before documents kept their text: read the typical document and write it
     * as canonical TOML.
     *
     * @return the document
     */
    @Benchmark
    public String readAndWriteTypical() {
        return writer.toToml(reader.readToml(Documents.TYPICAL_TOML).blueprint());
    }

    /**
     * jackson-dataformat-toml writing the typical document's tree (inline arrays of tables).
     *
     * @return the document
     * @throws Exception never for this tree
     */
    @Benchmark
    public String jacksonTomlBaseline() throws Exception {
        return jacksonToml.writeValueAsString(tree);
    }

    /**
     * JSON of the typical blueprint.
     *
     * @return the document
     */
    @Benchmark
    public String jsonTypical() {
        return writer.toJson(typical);
    }
}
