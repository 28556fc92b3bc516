package io.github.blueprint4j.interchange;

import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Every classic document the tests convert: each conformance case the reader accepts and each
 * readable corpus document (the corpus documents that may not be copied come from
 * {@code ../shared} when it exists).
 */
final class Documents {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    /** The options every conversion of the suites gets: what a blueprint cannot say. */
    static final ConversionOptions OPTIONS = ConversionOptions.builder()
            .name("converted").distribution("rhel-9.6").architecture("x86_64")
            .imageType("guest-image").upload("aws.s3", Map.of()).build();

    /**
     * Options that give only what a classic blueprint cannot say (image type, upload target):
     * no name, distribution or architecture for the blueprint to fall back on, so that every
     * classic value a round trip brings back comes from the blueprint.
     */
    static final ConversionOptions TARGET_ONLY = ConversionOptions.builder()
            .imageType("guest-image").upload("aws.s3", Map.of()).build();

    private Documents() {
    }

    /** Returns (name, read result) of every readable document. */
    static List<Arguments> readable() {
        List<Arguments> all = new ArrayList<>();
        for (ConformanceCase testCase : TestData.conformanceCases()) {
            for (String format : List.of("toml", "json")) {
                String text;
                try {
                    text = testCase.input(format);
                } catch (RuntimeException absent) {
                    continue;
                }
                add(all, "conformance " + testCase.id() + "." + format, text, Format.valueOf(format.toUpperCase(Locale.ROOT)));
            }
        }
        List<CorpusEntry> corpus = new ArrayList<>(TestData.vendoredCorpus());
        corpus.addAll(TestData.sharedCorpus());
        for (CorpusEntry entry : corpus) {
            if (!entry.column("ref_parse").equals("fail")) {
                add(all, "corpus " + entry.file(), entry.text(), Format.valueOf(entry.format().toUpperCase(Locale.ROOT)));
            }
        }
        return all;
    }

    private static void add(List<Arguments> all, String name, String text, Format format) {
        try {
            ReadResult read = READER.read(text, format);
            all.add(Arguments.of(name, read));
        } catch (BlueprintParseException refused) {
            // a document the reader refuses is not a blueprint to convert
        }
    }
}
