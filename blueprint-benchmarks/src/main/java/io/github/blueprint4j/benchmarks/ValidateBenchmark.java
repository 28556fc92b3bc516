package io.github.blueprint4j.benchmarks;

import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.ValidationReport;
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

/** Validation of the typical document, alone and together with reading it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {

    private final BlueprintReader reader = BlueprintReader.builder().build();
    private final BlueprintValidator validator = BlueprintValidator.builder().build();
    private ReadResult typical;

    /** Reads the document and starts the validator once. */
    @Setup
    public void setUp() {
        typical = reader.readToml(Documents.TYPICAL_TOML);
        validator.validate(typical.blueprint(), typical.sourceMap());
    }

    /**
     * Validates the typical blueprint.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport typical() {
        return validator.validate(typical.blueprint(), typical.sourceMap());
    }

    /**
     * Reads and validates the typical blueprint.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport readAndValidateTypical() {
        ReadResult read = reader.readToml(Documents.TYPICAL_TOML);
        return validator.validate(read.blueprint(), read.sourceMap());
    }
}
