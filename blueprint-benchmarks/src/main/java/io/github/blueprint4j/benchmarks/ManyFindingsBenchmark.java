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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of 10,000 and 80,000 users with two findings each: time linear in the findings
 * shows as a ratio of about 8 between the two.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ManyFindingsBenchmark {

    /** How many users the blueprint has. */
    @Param({"10000", "80000"})
    public int users;

    private final BlueprintValidator validator = BlueprintValidator.builder().build();
    private ReadResult read;

    /** Reads the blueprint once; only validation is measured. */
    @Setup
    public void setUp() {
        read = BlueprintReader.builder().build().readToml(Documents.withUsers(users));
    }

    /**
     * Validates the blueprint of many users.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateUsers() {
        return validator.validate(read.blueprint(), read.sourceMap());
    }
}
