package io.github.blueprint4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.blueprint4j.io.BlueprintDocument;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
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

/** Reading: the raw TOML parser as the floor, then reading into the model in TOML and JSON, small and large. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// Default JVM settings, as a user's service has them. Reading 100,000 packages keeps Jackson's tree of
// the whole document alive until the model is built, so the large documents are compared with
// Jackson's own readTree of the same documents in the same run (Ratios: the scaling target).
@Fork(1)
public class ReadBenchmark {

    private final ObjectReader tomlTree = new TomlMapper().reader();
    private final BlueprintReader reader = BlueprintReader.builder().build();
    private String typicalJson;
    private String packages10k;
    private String packages100k;

    /** Prepares the documents. */
    @Setup
    public void setUp() {
        typicalJson = Blueprints.toJson(Blueprints.readToml(Documents.TYPICAL_TOML));
        packages10k = Documents.withPackages(10_000);
        packages100k = Documents.withPackages(100_000);
    }

    /**
     * jackson-dataformat-toml alone: the typical document to a tree.
     *
     * @return the tree
     * @throws Exception never for this document
     */
    @Benchmark
    public JsonNode tomlTreeBaseline() throws Exception {
        return tomlTree.readTree(Documents.TYPICAL_TOML);
    }

    /**
     * The typical TOML document into the model.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult tomlTypical() {
        return reader.readToml(Documents.TYPICAL_TOML);
    }

    /**
     * The typical TOML document into the model, keeping its text for {@code fmt} and in-place edits.
     *
     * @return the document
     */
    @Benchmark
    public BlueprintDocument tomlTypicalDocument() {
        return reader.readDocument(Documents.TYPICAL_TOML, Format.TOML);
    }

    /**
     * The typical document, as JSON, into the model.
     *
     * @return the result
     */
    @Benchmark
    public ReadResult jsonTypical() {
        return reader.readJson(typicalJson);
    }

    /**
     * A blueprint with 10,000 packages.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReadResult toml10k() {
        return reader.readToml(packages10k);
    }

    /**
     * A blueprint with 100,000 packages.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ReadResult toml100k() {
        return reader.readToml(packages100k);
    }

    /**
     * jackson-dataformat-toml alone: the 10,000-package document to a tree, the floor of {@link #toml10k}.
     *
     * @return the tree
     * @throws Exception never for this document
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public JsonNode tomlTree10kBaseline() throws Exception {
        return tomlTree.readTree(packages10k);
    }

    /**
     * jackson-dataformat-toml alone: the 100,000-package document to a tree, the floor of {@link #toml100k}.
     *
     * @return the tree
     * @throws Exception never for this document
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public JsonNode tomlTree100kBaseline() throws Exception {
        return tomlTree.readTree(packages100k);
    }
}
