package io.github.blueprint4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Prints every ratio target of the benchmarks README from one JMH run's JSON results
 * ({@code -rf json}): {@code java -cp benchmarks.jar io.github.blueprint4j.benchmarks.Ratios results.json}.
 * A target whose benchmarks were not in the run is listed as not measured. Exits with 1 when a
 * measured target does not hold, so a script can tell.
 */
public final class Ratios {

    /** What a target compares: the score of one benchmark (or ratio) against a limit. */
    private interface Measure {
        /** Returns the value, or {@code null} when a benchmark it needs is not in the results. */
        Double value(Map<String, Double> time, Map<String, Double> allocation);
    }

    private record Target(String description, Measure measure, double limit, boolean atLeast) {
    }

    private static final String READ = "ReadBenchmark.";
    private static final List<Target> TARGETS = List.of(
            new Target("read typical TOML, throughput vs tomlTreeBaseline",
                    (t, a) -> divide(t.get(READ + "tomlTreeBaseline"), t.get(READ + "tomlTypical")), 0.85, true),
            new Target("read + validate, throughput vs tomlTreeBaseline",
                    (t, a) -> divide(t.get(READ + "tomlTreeBaseline"), t.get("ValidateBenchmark.readAndValidateTypical")),
                    0.5, true),
            new Target("canonical TOML write, throughput vs jacksonTomlBaseline",
                    (t, a) -> divide(t.get("WriteBenchmark.jacksonTomlBaseline"), t.get("WriteBenchmark.tomlTypical")),
                    0.5, true),
            new Target("time(toml100k) / time(toml10k)",
                    (t, a) -> divide(t.get(READ + "toml100k"), t.get(READ + "toml10k")), 12, false),
            new Target("[time(toml100k) / time(toml10k)] / [time(tomlTree100kBaseline) / time(tomlTree10kBaseline)]",
                    (t, a) -> divide(divide(t.get(READ + "toml100k"), t.get(READ + "toml10k")),
                            divide(t.get(READ + "tomlTree100kBaseline"), t.get(READ + "tomlTree10kBaseline"))),
                    1.15, false),
            new Target("allocation per typical read vs tomlTreeBaseline",
                    (t, a) -> divide(a.get(READ + "tomlTypical"), a.get(READ + "tomlTreeBaseline")), 1.5, false),
            new Target("validate 80,000 users / 10,000 users (linear in findings)",
                    (t, a) -> divide(t.get("ManyFindingsBenchmark.validateUsers[users=80000]"),
                            t.get("ManyFindingsBenchmark.validateUsers[users=10000]")), 10, false),
            new Target("read keeping the document vs a plain read",
                    (t, a) -> divide(t.get(READ + "tomlTypicalDocument"), t.get(READ + "tomlTypical")), 1.5, false),
            new Target("fmt of a read document vs canonical TOML write",
                    (t, a) -> divide(t.get("WriteBenchmark.fmtTypical"), t.get("WriteBenchmark.tomlTypical")), 2, false));

    private Ratios() {
    }

    /**
     * Reads the results and prints each target, its measured ratio and whether it holds.
     *
     * @param args the path of JMH's JSON results
     * @throws IOException if the results cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Ratios RESULTS.json");
            System.exit(2);
        }
        Map<String, Double> time = new HashMap<>();
        Map<String, Double> allocation = new HashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            StringBuilder name = new StringBuilder(result.path("benchmark").asText().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1"));
            JsonNode params = result.path("params");
            if (params.isObject() && !params.isEmpty()) {
                StringJoiner joined = new StringJoiner(",", "[", "]");
                params.properties().forEach(p -> joined.add(p.getKey() + "=" + p.getValue().asText()));
                name.append(joined);
            }
            time.put(name.toString(), toMicroseconds(result.path("primaryMetric")));
            JsonNode norm = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            if (!norm.isMissingNode()) {
                allocation.put(name.toString(), norm.path("score").asDouble());
            }
        }
        boolean allHold = true;
        for (Target target : TARGETS) {
            Double value = target.measure().value(time, allocation);
            if (value == null) {
                System.out.printf(Locale.ROOT, "%-100s not measured in this run%n", target.description());
                continue;
            }
            boolean holds = target.atLeast() ? value >= target.limit() : value <= target.limit();
            allHold &= holds;
            System.out.printf(Locale.ROOT, "%-100s %8.2f  (target %s %.2f)  %s%n", target.description(), value,
                    target.atLeast() ? ">=" : "<=", target.limit(), holds ? "holds" : "DOES NOT HOLD");
        }
        System.exit(allHold ? 0 : 1);
    }

    private static double toMicroseconds(JsonNode metric) {
        double score = metric.path("score").asDouble();
        return switch (metric.path("scoreUnit").asText()) {
            case "ns/op" -> score / 1_000;
            case "ms/op" -> score * 1_000;
            case "s/op" -> score * 1_000_000;
            default -> score;
        };
    }

    private static Double divide(Double numerator, Double denominator) {
        return numerator == null || denominator == null ? null : numerator / denominator;
    }
}
