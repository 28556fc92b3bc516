package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plain {@code ObjectMapper} with the {@link BlueprintModule} reads a blueprint as the reader
 * does (verdict, blueprint, every diagnostic with its line and column) and writes what
 * {@link Blueprints#toJson} writes, on every JSON conformance case and corpus document; and the
 * mapper without the module, as a service would have it, gets each case of the issue wrong.
 */
class BlueprintModuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper LENIENT = new ObjectMapper().registerModule(new BlueprintModule());
    private static final BlueprintReader STRICT_READER = BlueprintReader.builder().strict(true).build();
    private static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new BlueprintModule(STRICT_READER, BlueprintWriter.builder().build()));

    /** A JSON document, named for the test report. */
    record Document(String name, String json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Document> jsonDocuments() throws Exception {
        List<Document> all = new ArrayList<>();
        for (ConformanceCase c : TestData.conformanceCases()) {
            if (JSON.readTree(c.expectJson()).get("format").asText().equals("json")) {
                all.add(new Document("conformance " + c.id(), c.input("json")));
            }
        }
        List<CorpusEntry> corpus = new ArrayList<>(TestData.vendoredCorpus());
        corpus.addAll(TestData.sharedCorpus());
        for (CorpusEntry e : corpus) {
            if (e.format().equals("json")) {
                all.add(new Document("corpus " + e.file(), e.text()));
            }
        }
        return all;
    }

    static Stream<Arguments> jsonDocumentsLenientAndStrict() throws Exception {
        return jsonDocuments().stream().flatMap(d -> Stream.of(Arguments.of(d, false), Arguments.of(d, true)));
    }

    @Test
    void everyJsonDocumentOfTheTestDataIsCompared() throws Exception {
        assertThat(jsonDocuments()).hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}, strict={1}")
    @MethodSource("jsonDocumentsLenientAndStrict")
    void readsAsTheReaderDoesAndWritesAsToJson(Document doc, boolean strict) throws Exception {
        BlueprintReader reader = strict ? STRICT_READER : BlueprintReader.builder().build();
        ObjectMapper mapper = strict ? STRICT : LENIENT;
        ReadResult expected;
        try {
            expected = reader.readJson(doc.json());
        } catch (BlueprintParseException refused) {
            BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                    () -> mapper.readValue(doc.json(), Blueprint.class));
            assertThat(e).as("the mapper refuses it too").isNotNull();
            assertThat(e.diagnostics()).isEqualTo(refused.diagnostics());
            assertThat(e.getCause()).isInstanceOf(BlueprintParseException.class);
            return;
        }
        List<Diagnostic> warnings = new ArrayList<>();
        Blueprint read = mapper.readerFor(Blueprint.class).withAttribute(BlueprintModule.DIAGNOSTICS, warnings)
                .readValue(doc.json());
        assertThat(read).isEqualTo(expected.blueprint());
        assertThat(warnings).isEqualTo(expected.diagnostics());
        assertThat(mapper.writeValueAsString(read)).isEqualTo(Blueprints.toJson(read));
    }

    // ---- what a service's own ObjectMapper did, and what the module does ------------------

    private static final String UID_STRING = """
            {"name": "x",
             "customizations": {"user": [{"name": "a", "uid": "1000"}]}}""";
    private static final String INSECURE_BOOLEAN = """
            {"name": "x",
             "customizations": {"fdo": {"manufacturing_server_url": "https://fdo", "diun_pub_key_insecure": true}}}""";
    private static final String TYPO = """
            {"name": "x",
             "customizations": {"timezome": "UTC"}}""";
    private static final String BAD_SIZE = """
            {"name": "x",
             "customizations": {"filesystem": [{"mountpoint": "/var", "minsize": "lots"}]}}""";

    @Test
    void aPlainMapperBindsAStringUidSilentlyTheModuleRefusesIt() throws Exception {
        assertThat(JSON.readValue(UID_STRING, Blueprint.class).customizations().user().get(0).uid()).isEqualTo(1000L);

        BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                () -> LENIENT.readValue(UID_STRING, Blueprint.class));
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("USER-ID-INTEGER", "customizations.user[0].uid", 2, 44));
        assertThat(e.diagnostics().get(0).hint()).isEqualTo("write \"uid\": 1000 without quotes");
        assertThat(e.getMessage()).contains("USER-ID-INTEGER customizations.user[0].uid");
    }

    @Test
    void aPlainMapperBindsABooleanInsecureFlagSilentlyTheModuleRefusesIt() throws Exception {
        assertThat(JSON.readValue(INSECURE_BOOLEAN, Blueprint.class).customizations().fdo().diunPubKeyInsecure())
                .isEqualTo("true");

        BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                () -> LENIENT.readValue(INSECURE_BOOLEAN, Blueprint.class));
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line)
                .containsExactly(tuple("FDO-INSECURE-STRING", "customizations.fdo.diun_pub_key_insecure", 2));
    }

    @Test
    void aPlainMapperTakesAnUnknownKeySilentlyTheModuleWarnsOrRefusesWhenStrict() throws Exception {
        // accepted, and nothing tells the service about the typo
        assertThat(JSON.readValue(TYPO, Blueprint.class).customizations().unknownKeys()).containsEntry("timezome", "UTC");

        List<Diagnostic> warnings = new ArrayList<>();
        Blueprint bp = LENIENT.readerFor(Blueprint.class).withAttribute(BlueprintModule.DIAGNOSTICS, warnings)
                .readValue(TYPO);
        assertThat(bp.customizations().unknownKeys()).containsEntry("timezome", "UTC");
        assertThat(warnings).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path, Diagnostic::line,
                Diagnostic::column, Diagnostic::hint)
                .containsExactly(tuple("GEN-UNKNOWN-KEY", Severity.WARNING, "customizations.timezome", 2, 21,
                        "did you mean \"timezone\"?"));

        BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                () -> STRICT.readValue(TYPO, Blueprint.class));
        assertThat(e.errors()).extracting(Diagnostic::code, Diagnostic::path)
                .containsExactly(tuple("GEN-UNKNOWN-KEY", "customizations.timezome"));
    }

    @Test
    void aPlainMapperFailsOnABadSizeWithJavaWordsTheModuleWithTheRule() {
        JsonMappingException plain = catchThrowableOfType(JsonMappingException.class,
                () -> JSON.readValue(BAD_SIZE, Blueprint.class));
        assertThat(plain.getOriginalMessage()).startsWith("Cannot construct instance of `io.github.blueprint4j.model.DataSize`");

        BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                () -> LENIENT.readValue(BAD_SIZE, Blueprint.class));
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::path, Diagnostic::line)
                .containsExactly(tuple("FS-SIZE-FORMAT", "customizations.filesystem[0].minsize", 2));
    }

    @Test
    void aPlainMapperWritesEmptyListsAndBytesTheModuleWritesWhatToJsonWrites() throws Exception {
        Blueprint bp = Blueprints.readToml("name = \"x\"\n[[customizations.filesystem]]\nmountpoint = \"/var\"\nminsize = \"20 GiB\"\n");
        String plain = JSON.writeValueAsString(bp);
        assertThat(plain).contains("\"packages\":[]").contains("21474836480");

        String written = LENIENT.writeValueAsString(bp);
        assertThat(written).isEqualTo(Blueprints.toJson(bp)).contains("\"minsize\": \"20 GiB\"");
        assertThat(LENIENT.writeValueAsBytes(bp)).isEqualTo(Blueprints.toJson(bp).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aBlueprintInsideAnotherDocumentIsLocatedInThatDocumentAndWrittenInItsLayout() throws Exception {
        String request = """
                {"other": null,
                 "blueprint": {"name": "x",
                               "customizations": {"user": [{"name": "a", "uid": "1000"}]}}}""";
        TypeReference<Map<String, Object>> untyped = new TypeReference<>() { };
        BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                () -> LENIENT.readValue(request, new TypeReference<Map<String, Blueprint>>() { }));
        assertThat(e.diagnostics()).extracting(Diagnostic::path, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("customizations.user[0].uid", 3, 58));

        Blueprint bp = Blueprint.builder().name("x").version("1.0.0").build();
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("id", 7);
        wrapper.put("blueprint", bp);
        String written = LENIENT.writeValueAsString(wrapper);
        assertThat(written).isEqualTo("{\"id\":7,\"blueprint\":{\"name\":\"x\",\"version\":\"1.0.0\"}}");
        assertThat(JSON.readValue(written, untyped).get("blueprint"))
                .isEqualTo(JSON.readValue(Blueprints.toJson(bp), untyped));
    }

    @Test
    void aBlueprintConvertedFromATreeIsReadByTheSameRulesWithoutLocations() {
        com.fasterxml.jackson.databind.JsonNode tree = LENIENT.valueToTree(Map.of("name", "x",
                "customizations", Map.of("user", List.of(Map.of("name", "a", "uid", "1000")))));
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> LENIENT.convertValue(tree, Blueprint.class));
        assertThat(e.getCause()).isInstanceOf(BlueprintMappingException.class);
        assertThat(((BlueprintMappingException) e.getCause()).diagnostics())
                .extracting(Diagnostic::code, Diagnostic::path, Diagnostic::location)
                .containsExactly(tuple("USER-ID-INTEGER", "customizations.user[0].uid", null));
    }

    @Test
    void aSyntaxErrorIsReportedWhereTheReaderReportsIt() {
        String broken = "{\"name\": \"x\",\n \"version\": }";
        BlueprintParseException expected = catchThrowableOfType(BlueprintParseException.class,
                () -> BlueprintReader.builder().build().readJson(broken));
        BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                () -> LENIENT.readValue(broken, Blueprint.class));
        // Jackson words a syntax error differently on its two paths through a document
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity, Diagnostic::path, Diagnostic::location)
                .isEqualTo(expected.diagnostics().stream().map(d -> tuple(d.code(), d.severity(), d.path(),
                        d.location())).toList());
        assertThat(e.diagnostics().get(0).line()).isEqualTo(2);
    }

    @Test
    void theReadersNestingLimitAppliesAndIsPlacedAtTheFirstContainerTooDeep() {
        String deep = "{\"name\": \"x\", \"a\": " + "[".repeat(70) + "]".repeat(70) + "}";
        BlueprintParseException expected = catchThrowableOfType(BlueprintParseException.class,
                () -> BlueprintReader.builder().build().readJson(deep));
        BlueprintMappingException e = catchThrowableOfType(BlueprintMappingException.class,
                () -> LENIENT.readValue(deep, Blueprint.class));
        assertThat(e.diagnostics()).extracting(Diagnostic::code, Diagnostic::message)
                .containsExactly(tuple(expected.diagnostics().get(0).code(), expected.diagnostics().get(0).message()));
        // the object is level 1, so the 64th '[' (column 19 + 64) opens level 65
        assertThat(e.diagnostics().get(0).location()).hasToString("1:83");
    }
}
