package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every readable JSON document of the corpus (with the documents of {@code ../shared} when it
 * exists) and of the conformance suite: an update that changes a value or adds a key changes the
 * text only there, in the document's own layout.
 */
class JsonDocumentCorpusTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final JsonFactory FACTORY = new JsonFactory();

    static Stream<Named<String>> documents() {
        List<Named<String>> documents = new ArrayList<>();
        List<CorpusEntry> corpus = new ArrayList<>(TestData.vendoredCorpus());
        corpus.addAll(TestData.sharedCorpus());
        for (CorpusEntry entry : corpus) {
            if (entry.format().equals("json") && readable(entry.text())) {
                documents.add(Named.of("corpus " + entry.file(), entry.text()));
            }
        }
        for (ConformanceCase c : TestData.conformanceCases()) {
            if (c.expectJson().contains("\"format\": \"json\"") && readable(c.input("json"))) {
                documents.add(Named.of("conformance " + c.id(), c.input("json")));
            }
        }
        return documents.stream();
    }

    private static boolean readable(String json) {
        try {
            READER.readJson(json);
            return true;
        } catch (BlueprintParseException e) {
            return false;
        }
    }

    @Test
    void manyDocumentsAreChecked() {
        assertThat(documents().count()).isGreaterThan(TestData.sharedDirectory().isPresent() ? 60 : 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void changingOrAddingTheVersionChangesOnlyThatValue(String json) throws IOException {
        String text = updated(json, bp -> bp.toBuilder().version("9.8.7").build());

        int[] span = valueSpan(json, List.of("version"));
        if (span != null) {
            assertThat(text).isEqualTo(json.substring(0, span[0]) + "\"9.8.7\"" + json.substring(span[1]));
        } else {
            Change change = change(json, text);
            assertThat(change.removed()).isEmpty();
            assertThat(change.added()).matches("(?s),\\s*\"version\"\\s*:\\s*\"9\\.8\\.7\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void changingTheHostnameChangesOnlyThatValue(String json) throws IOException {
        Blueprint read = BlueprintDocument.parse(json, Format.JSON).blueprint();
        if (read.customizations() == null || read.customizations().hostname() == null) {
            return;
        }
        String text = updated(json, bp -> withCustomizations(bp, c -> c.hostname("zz-host")));

        int[] span = valueSpan(json, List.of("customizations", "hostname"));
        assertThat(text).isEqualTo(json.substring(0, span[0]) + "\"zz-host\"" + json.substring(span[1]));
    }

    /** Returns where the value at a path of keys stands in a document, {@code [start, end)}; the last one of repeated keys. */
    private static int[] valueSpan(String json, List<String> path) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return valueSpan(parser, new ArrayList<>(), path);
        }
    }

    private static int[] valueSpan(JsonParser parser, List<String> at, List<String> path) throws IOException {
        int[] found = null;
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                at.add(parser.currentName());
                parser.nextToken();
                if (at.equals(path)) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    parser.getText();
                    found = new int[] {start, (int) parser.currentLocation().getCharOffset()};
                } else {
                    int[] inside = valueSpan(parser, at, path);
                    found = inside != null ? inside : found;
                }
                at.remove(at.size() - 1);
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY) {
            parser.skipChildren();
        } else {
            parser.getText();
        }
        return found;
    }

    /** What an edit removed and added: what remains between the text the input and the output share at both ends. */
    private record Change(String removed, String added) {
    }

    /** Edits a document and checks that the text holds the changed blueprint. */
    private static String updated(String json, UnaryOperator<Blueprint> edit) {
        BlueprintDocument document = BlueprintDocument.parse(json, Format.JSON);
        Blueprint changed = edit.apply(document.blueprint());
        String text = document.update(changed).text();
        assertThat(READER.readJson(text).blueprint()).isEqualTo(changed);
        return text;
    }

    private static Change change(String json, String text) {
        int start = 0;
        while (start < json.length() && start < text.length() && json.charAt(start) == text.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < json.length() - start && end < text.length() - start
                && json.charAt(json.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
            end++;
        }
        return new Change(json.substring(start, json.length() - end), text.substring(start, text.length() - end));
    }

    private static Blueprint withCustomizations(Blueprint bp, UnaryOperator<Customizations.Builder> change) {
        Customizations.Builder builder = bp.customizations() == null ? Customizations.builder() : bp.customizations().toBuilder();
        return bp.toBuilder().customizations(change.apply(builder).build()).build();
    }
}
