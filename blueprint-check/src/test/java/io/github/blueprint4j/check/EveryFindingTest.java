package io.github.blueprint4j.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import io.github.blueprint4j.validation.BlueprintValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-call report against the two steps it replaces, on every conformance case and every
 * corpus document (those of {@code ../shared/corpus} too when it exists), lenient and strict:
 * it holds every finding that the reader and then the validator give, and when reading fails,
 * every finding of reading plus the validation findings of what could be read, which the
 * reader's exception used to hide.
 */
class EveryFindingTest {

    private static final Pattern FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"(toml|json)\"");

    /** A document, named for the test report. */
    record Document(String name, String text, Format format) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Document> documents() {
        List<Document> all = new ArrayList<>();
        for (ConformanceCase c : TestData.conformanceCases()) {
            String format = formatOf(c);
            all.add(new Document("conformance " + c.id(), c.input(format), Format.valueOf(format.toUpperCase(Locale.ROOT))));
        }
        List<CorpusEntry> corpus = new ArrayList<>(TestData.vendoredCorpus());
        corpus.addAll(TestData.sharedCorpus());
        for (CorpusEntry e : corpus) {
            all.add(new Document("corpus " + e.file(), e.text(), Format.valueOf(e.format().toUpperCase(Locale.ROOT))));
        }
        return all;
    }

    static Stream<Arguments> documentsLenientAndStrict() {
        return documents().stream().flatMap(d -> Stream.of(Arguments.of(d, false), Arguments.of(d, true)));
    }

    @ParameterizedTest(name = "{0}, strict={1}")
    @MethodSource("documentsLenientAndStrict")
    void holdsEveryFindingOfReadingAndValidation(Document doc, boolean strict) {
        BlueprintReader reader = BlueprintReader.builder().strict(strict).build();
        BlueprintValidator validator = BlueprintValidator.builder().strict(strict).build();
        CheckReport report = BlueprintChecker.builder().strict(strict).build().check(doc.text(), doc.format());

        assertThat(report.diagnostics()).as("document order").isSortedAccordingTo(LINE_THEN_COLUMN);
        ReadResult read;
        try {
            read = reader.read(doc.text(), doc.format());
        } catch (BlueprintParseException e) {
            List<Diagnostic> hidden = minus(report.diagnostics(), e.diagnostics());
            assertThat(report.diagnostics()).as("every finding of reading").containsAll(e.diagnostics());
            assertThat(report.isValid()).isFalse();
            if (report.blueprint() == null) {
                assertThat(hidden).isEmpty();
                return;
            }
            Set<String> errorPaths = e.errors().stream().map(Diagnostic::path).collect(Collectors.toSet());
            assertThat(hidden).as("the rest are findings of validating what could be read")
                    .isSubsetOf(validator.validate(report.blueprint(), report.sourceMap()).diagnostics())
                    .noneMatch(d -> errorPaths.contains(d.path()));
            return;
        }
        List<Diagnostic> expected = new ArrayList<>(read.diagnostics());
        expected.addAll(validator.validate(read.blueprint(), read.sourceMap()).diagnostics());
        assertThat(report.diagnostics()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.blueprint()).isEqualTo(read.blueprint());
        assertThat(report.isValid()).isEqualTo(expected.stream().noneMatch(Diagnostic::isError));
    }

    @Test
    void theConformanceRejectsShowTheValidationFindingsTheReadErrorHid() {
        BlueprintReader reader = BlueprintReader.builder().build();
        int refused = 0;
        int partlyRead = 0;
        int shown = 0;
        for (Document doc : documents().subList(0, TestData.conformanceCases().size())) {
            try {
                reader.read(doc.text(), doc.format());
            } catch (BlueprintParseException e) {
                refused++;
                CheckReport report = BlueprintChecker.defaults().check(doc.text(), doc.format());
                partlyRead += report.blueprint() != null ? 1 : 0;
                shown += minus(report.diagnostics(), e.diagnostics()).size();
            }
        }
        assertThat(List.of(refused, partlyRead, shown)).containsExactly(59, 55, 123);
    }

    private static final Comparator<Diagnostic> LINE_THEN_COLUMN = Comparator
            .comparing((Diagnostic d) -> d.line() == null ? Integer.MAX_VALUE : d.line())
            .thenComparing(d -> d.column() == null ? Integer.MAX_VALUE : d.column());

    private static List<Diagnostic> minus(List<Diagnostic> all, List<Diagnostic> some) {
        List<Diagnostic> rest = new ArrayList<>(all);
        some.forEach(rest::remove);
        return rest;
    }

    private static String formatOf(ConformanceCase c) {
        Matcher format = FORMAT.matcher(c.expectJson());
        if (!format.find()) {
            throw new IllegalStateException("no format in the expectation of " + c.id());
        }
        return format.group(1);
    }
}
