package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No input makes a read throw anything but {@link BlueprintParseException}: truncated documents,
 * a wrong value type at every field, random damage.
 */
class RobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final BlueprintWriter WRITER = BlueprintWriter.builder().build();
    private static final List<JsonNode> WRONG_VALUES = List.of(
            NODES.textNode("x"), NODES.textNode(""), NODES.numberNode(7), NODES.numberNode(-1),
            NODES.numberNode(1.5), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(),
            NODES.numberNode(new BigInteger("123456789012345678901234567890")),
            NODES.arrayNode().add(NODES.objectNode()).add(7));

    private static String toml;
    private static String json;

    @BeforeAll
    static void readAllFields() throws IOException {
        try (InputStream in = RobustnessTest.class.getResourceAsStream("/all-fields.toml")) {
            toml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        json = WRITER.toJson(READER.readToml(toml).blueprint());
    }

    @Test
    void everyTruncatedDocumentIsReadOrRefusedCleanly() {
        for (int end = 0; end <= toml.length(); end++) {
            readsOrRefuses(toml.substring(0, end), Format.TOML);
        }
        for (int end = 0; end <= json.length(); end++) {
            readsOrRefuses(json.substring(0, end), Format.JSON);
        }
    }

    @Test
    void aWrongValueAtEveryFieldIsReadOrRefusedCleanly() throws IOException {
        JsonNode original = JSON.readTree(json);
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(original, new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(200);
        int refusals = 0;
        for (List<Object> path : paths) {
            for (JsonNode wrong : WRONG_VALUES) {
                JsonNode mutated = replace(original.deepCopy(), path, wrong);
                String text = JSON.writeValueAsString(mutated);
                if (!readsOrRefuses(text, Format.JSON)) {
                    refusals++;
                }
                if (!wrong.isNull()) {
                    readsOrRefuses(new com.fasterxml.jackson.dataformat.toml.TomlMapper().writeValueAsString(mutated), Format.TOML);
                }
            }
        }
        assertThat(refusals).as("most wrong values are refused").isGreaterThan(paths.size());
    }

    @Test
    void randomDamageIsReadOrRefusedCleanly() {
        Random random = new Random(42);
        String alphabet = "[]{}=\"',.#\n\\ 0123456789abcxyz-_:+\u00e9\uFEFF";
        for (int i = 0; i < 3000; i++) {
            String base = random.nextBoolean() ? toml : json;
            StringBuilder damaged = new StringBuilder(base);
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            readsOrRefuses(damaged.toString(), base == toml ? Format.TOML : Format.JSON);
        }
    }

    /** Returns {@code true} if the document was read, {@code false} if it was refused properly. */
    private static boolean readsOrRefuses(String text, Format format) {
        try {
            READER.read(text, format);
            return true;
        } catch (BlueprintParseException e) {
            assertThat(e.errors()).isNotEmpty();
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.code()).isNotBlank();
                assertThat(d.code()).isNotEqualTo("GEN-INTERNAL");
                assertThat(d.message()).doesNotContain("java.").doesNotContain("Exception");
            }
            return false;
        } catch (Throwable t) {
            fail("reading threw " + t + " for:\n" + text, t);
            return false;
        }
    }

    private static void collectPaths(JsonNode node, List<Object> path, List<List<Object>> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                List<Object> child = new ArrayList<>(path);
                child.add(name);
                out.add(child);
                collectPaths(node.get(name), child, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                out.add(child);
                collectPaths(node.get(i), child, out);
            }
        }
    }

    private static JsonNode replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object segment = path.get(i);
            parent = segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return root;
    }
}
