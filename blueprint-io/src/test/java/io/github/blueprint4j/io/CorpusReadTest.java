package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.internal.TomlLayout;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * Reads the real-world corpus: the reader agrees with the reference on every document
 * ({@code ref_parse}), refuses the unreadable ones with a line number, and writes every
 * readable one back in TOML and JSON without losing anything. The vendored documents come from
 * the test data; the others from {@code ../shared/corpus} when it exists.
 */
class CorpusReadTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final BlueprintWriter WRITER = BlueprintWriter.builder().build();

    static List<CorpusEntry> corpus() {
        List<CorpusEntry> all = new ArrayList<>(TestData.vendoredCorpus());
        all.addAll(TestData.sharedCorpus());
        return all;
    }

    @Test
    void wholeCorpusIsTestedWhenTheSharedDirectoryExists() {
        int expected = TestData.sharedDirectory().isPresent() ? 285 : TestData.vendoredCorpus().size();
        assertThat(corpus()).hasSize(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void agreesWithTheReferenceAndRoundTrips(CorpusEntry entry) {
        Format format = Format.valueOf(entry.format().toUpperCase(Locale.ROOT));
        String text = entry.text();
        if (entry.column("ref_parse").equals("fail")) {
            BlueprintParseException refused = catchThrowableOfType(BlueprintParseException.class,
                    () -> READER.read(text, format));
            assertThat(refused).as("the reference cannot read this document").isNotNull();
            assertThat(refused.errors()).as("a refusal names a line").anySatisfy(d -> assertThat(d.line()).isNotNull());
            return;
        }
        ReadResult result = READER.read(text, format);
        assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
        Blueprint blueprint = result.blueprint();

        String toml = WRITER.toToml(blueprint);
        TomlParseResult independent = Toml.parse(toml);
        assertThat(independent.errors()).as("written TOML is valid TOML 1.0:\n" + toml).isEmpty();
        TomlLayout.assertDocumentationLayout(toml);
        Blueprint fromToml = READER.readToml(toml).blueprint();
        assertThat(fromToml).as("TOML -> model -> TOML -> model").isEqualTo(blueprint);
        assertThat(WRITER.toToml(fromToml)).as("writing is stable").isEqualTo(toml);

        Blueprint fromJson = READER.readJson(WRITER.toJson(blueprint)).blueprint();
        assertThat(fromJson).as("model -> JSON -> model").isEqualTo(blueprint);
    }
}
