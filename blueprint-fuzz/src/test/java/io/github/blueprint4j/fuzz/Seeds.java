package io.github.blueprint4j.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The documents the fuzzers start from, taken from the test data where they are kept once: every
 * conformance case, every vendorable corpus file, and the other format's writing of each of
 * those that reads. Jazzer runs them as regression inputs and mutates them when fuzzing.
 */
final class Seeds {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One seed: where it comes from, its format and its text. */
    private record Seed(String name, Format format, String text) {
    }

    /** Read on first use, once for all targets. */
    private static final class All {
        static final List<Seed> SEEDS = load();
    }

    private Seeds() {
    }

    /** The TOML seeds. */
    static Stream<Arguments> toml() {
        return of(Format.TOML);
    }

    /** The JSON seeds. */
    static Stream<Arguments> json() {
        return of(Format.JSON);
    }

    /** The seeds of both formats. */
    static Stream<Arguments> all() {
        return All.SEEDS.stream().map(Seeds::arguments);
    }

    private static Stream<Arguments> of(Format format) {
        return All.SEEDS.stream().filter(seed -> seed.format() == format).map(Seeds::arguments);
    }

    private static Arguments arguments(Seed seed) {
        return Arguments.of(Named.of(seed.name(), seed.text().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Seed> load() {
        List<Seed> documents = new ArrayList<>();
        for (ConformanceCase c : TestData.conformanceCases()) {
            String format = formatOf(c);
            documents.add(new Seed("conformance " + c.id(), Format.valueOf(format.toUpperCase(Locale.ROOT)),
                    c.input(format)));
        }
        for (CorpusEntry e : TestData.vendoredCorpus()) {
            documents.add(new Seed("corpus " + e.file(), Format.valueOf(e.format().toUpperCase(Locale.ROOT)), e.text()));
        }
        List<Seed> seeds = new ArrayList<>(documents);
        for (Seed document : documents) {
            Format other = document.format() == Format.TOML ? Format.JSON : Format.TOML;
            try {
                Blueprint read = Oracles.READER.read(document.text(), document.format()).blueprint();
                seeds.add(new Seed(document.name() + " as " + other, other, Oracles.WRITER.write(read, other)));
            } catch (BlueprintParseException | IllegalArgumentException notReadOrNotWritten) {
                // a refused document seeds only its own format; what the writer refuses, the targets report
            }
        }
        return List.copyOf(seeds);
    }

    private static String formatOf(ConformanceCase c) {
        try {
            return JSON.readTree(c.expectJson()).get("format").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
