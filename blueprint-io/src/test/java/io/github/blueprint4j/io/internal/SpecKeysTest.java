package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.internal.ModelType.Component;
import io.github.blueprint4j.io.internal.ModelType.Kind;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.testdata.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ties the model to the specification: every key of every field table of
 * {@code spec/blueprint-format.md} is a key of the model at the same place, the model has no key
 * the specification lacks, and a document that sets every key reads and writes it in TOML and JSON.
 */
class SpecKeysTest {

    /** The TOML-only alias of filesystem minsize, read by the reader rather than bound to a component. */
    private static final String SIZE_ALIAS = "customizations.filesystem[].size";
    /**
     * The section image-type-support.md lists (support matrix) but blueprint-format.md does not
     * describe yet: its keys are not verified, so the model keeps its contents as written.
     */
    private static final String UNVERIFIED_SECTION = "customizations.bootloader";
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern PATH = Pattern.compile("[a-z][a-z0-9_.\\[\\]-]*");

    private static Set<String> specPaths;
    private static Set<String> modelPaths;

    @BeforeAll
    static void readSpecAndModel() {
        specPaths = specPaths(TestData.text("spec/blueprint-format.md"));
        modelPaths = new TreeSet<>();
        collect(ModelType.of(Blueprint.class), "", modelPaths);
    }

    @Test
    void specificationListsAtLeastTheDocumentedNumberOfFields() {
        // 204 fields per section 9 of the specification; rows shared by two lists (packages and
        // modules) or by two tables (the two dnf plugins) count once per path here.
        assertThat(specPaths).hasSizeGreaterThanOrEqualTo(204);
    }

    @Test
    void everyKeyOfTheSpecificationIsInTheModel() {
        Set<String> missing = new TreeSet<>(specPaths);
        missing.removeAll(modelPaths);
        assertThat(missing).containsExactly(SIZE_ALIAS);
    }

    @Test
    void everyKeyOfTheModelIsInTheSpecification() {
        Set<String> extra = new TreeSet<>(modelPaths);
        extra.removeAll(specPaths);
        assertThat(extra).containsExactly(UNVERIFIED_SECTION);
        assertThat(TestData.text("spec/image-type-support.md")).contains("| `" + UNVERIFIED_SECTION + "` |")
                .contains("`" + UNVERIFIED_SECTION + "` keys are **not verified**");
    }

    @Test
    void everyKeyReadsAndWritesInTomlAndJson() throws IOException {
        String toml = resource("/all-fields.toml");
        Blueprint fromToml = BlueprintReader.builder().strict(true).build().readToml(toml).blueprint();
        BlueprintWriter writer = BlueprintWriter.builder().build();

        String json = writer.toJson(fromToml);
        Blueprint fromJson = BlueprintReader.builder().strict(true).build().readJson(json).blueprint();
        Blueprint fromWrittenToml = BlueprintReader.builder().strict(true).build()
                .readToml(writer.toToml(fromToml)).blueprint();
        assertThat(fromJson).isEqualTo(fromToml);
        assertThat(fromWrittenToml).isEqualTo(fromToml);

        JsonNode tree = new ObjectMapper().readTree(json);
        List<String> absent = new ArrayList<>();
        for (String path : specPaths) {
            if (!path.equals(SIZE_ALIAS) && !present(tree, path.split("\\."), 0)) {
                absent.add(path);
            }
        }
        assertThat(absent).as("keys of the specification that all-fields.toml does not set").isEmpty();
    }

    @Test
    void tomlSizeAliasIsReadAsMinsize() {
        Blueprint bp = BlueprintReader.builder().build().read(
                "[[customizations.filesystem]]\nmountpoint = \"/var\"\nsize = 2048\n", Format.TOML).blueprint();
        assertThat(bp.customizations().filesystem().get(0).minsize().bytes()).isEqualTo(2048);
    }

    /** Collects the key paths of the field tables, {@code []} marking list elements. */
    static Set<String> specPaths(String spec) {
        Set<String> paths = new LinkedHashSet<>();
        List<String> bases = List.of("");
        List<String> sectionBases = bases;
        boolean inFields = false;
        boolean typeColumn = false;
        for (String line : spec.split("\n")) {
            if (line.startsWith("## ")) {
                inFields = line.startsWith("## 4.") || line.startsWith("## 5.") || line.startsWith("## 6.")
                        || line.startsWith("## 7.");
            }
            if (!inFields) {
                continue;
            }
            if (line.startsWith("#")) {
                List<String> found = pathsIn(line);
                if (!found.isEmpty()) {
                    sectionBases = found;
                } else if (line.startsWith("## 4.")) {
                    sectionBases = List.of("");
                }
                // a heading without a path (7.11.3 "Keys for type = ...") continues its section's table
                bases = sectionBases;
            } else if (line.matches("`[^`]+`:\\s*")) {
                bases = pathsIn(line);
            } else if (line.startsWith("`FirstbootScript`")) {
                bases = List.of("customizations.firstboot.scripts[]");
            } else if (line.startsWith("| Type | TOML key")) {
                typeColumn = true;
            } else if (line.startsWith("| TOML key") || line.startsWith("| Key ")) {
                typeColumn = false;
            } else if (line.startsWith("| `") || (typeColumn && line.startsWith("| ") && !line.startsWith("|--"))) {
                String[] cells = line.split("\\|");
                Matcher key = BACKTICKED.matcher(cells[typeColumn ? 2 : 1]);
                if (key.find()) {
                    for (String base : bases) {
                        paths.add(resolve(base, key.group(1)));
                    }
                }
            }
        }
        return paths;
    }

    private static List<String> pathsIn(String line) {
        List<String> found = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(line);
        while (m.find()) {
            String token = m.group(1);
            if (PATH.matcher(token).matches() && (token.startsWith("customizations") || token.endsWith("[]"))) {
                found.add(token);
            }
        }
        return found;
    }

    /** A row's key is relative to its section's table, except a section about one scalar key. */
    private static String resolve(String base, String key) {
        if (base.isEmpty()) {
            return key;
        }
        String nested = base + "." + key;
        String last = base.substring(base.lastIndexOf('.') + 1);
        return last.equals(key) && !existsInModel(nested) ? base : nested;
    }

    private static boolean existsInModel(String path) {
        Set<String> all = new TreeSet<>();
        collect(ModelType.of(Blueprint.class), "", all);
        return all.contains(path);
    }

    private static void collect(ModelType type, String prefix, Set<String> out) {
        for (Component c : type.components) {
            String path = prefix.isEmpty() ? c.key : prefix + "." + c.key;
            out.add(path);
            if (c.kind == Kind.RECORD) {
                collect(c.element(), path, out);
            } else if (c.kind == Kind.RECORD_LIST) {
                collect(c.element(), path + "[]", out);
            }
        }
    }

    private static boolean present(JsonNode node, String[] segments, int i) {
        if (i == segments.length) {
            return node != null && !node.isNull();
        }
        String segment = segments[i];
        boolean list = segment.endsWith("[]");
        JsonNode child = node.get(list ? segment.substring(0, segment.length() - 2) : segment);
        if (child == null) {
            return false;
        }
        if (!list) {
            return present(child, segments, i + 1);
        }
        for (JsonNode element : child) {
            if (present(element, segments, i + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SpecKeysTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
