package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.io.internal.ModelType.Component;
import io.github.blueprint4j.io.internal.ModelType.Kind;
import io.github.blueprint4j.model.Blueprint;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that written TOML follows the layout of the blueprint documentation: root keys first,
 * then one section per table or array-of-tables entry, sections in the format's key order
 * (parents before children, {@code [[packages]]} before {@code [customizations]}, ...), and no
 * list of tables written inline.
 */
public final class TomlLayout {

    private static final List<String> ORDER = new ArrayList<>();
    private static final List<String> LIST_KEYS = new ArrayList<>();

    static {
        collect(ModelType.of(Blueprint.class), "");
    }

    private static final String INLINE_LIST = "(" + String.join("|", LIST_KEYS) + ") = \\[\\s*\\{.*";

    private TomlLayout() {
    }

    /**
     * Fails unless the document's section headers come in the format's order and no known list
     * of tables is written inline.
     *
     * @param toml a document written by the library
     */
    public static void assertDocumentationLayout(String toml) {
        int previous = -1;
        String previousHeader = "";
        for (String line : toml.split("\n")) {
            assertThat(line).as("a list of tables written inline:%n%s", toml).doesNotMatch(INLINE_LIST);
            if (!line.startsWith("[")) {
                continue;
            }
            String header = line.replace("[", "").replace("]", "").strip();
            int rank = ORDER.indexOf(header);
            if (rank < 0) {
                continue; // a table the format does not define, kept from a lenient read
            }
            // [[list]] starts a new entry after the sections of the previous one
            boolean newEntry = line.startsWith("[[")
                    && (previousHeader.equals(header) || previousHeader.startsWith(header + "."));
            assertThat(rank >= previous || newEntry)
                    .as("section [%s] comes after [%s] in the format's order:%n%s", header, previousHeader, toml)
                    .isTrue();
            previous = rank;
            previousHeader = header;
        }
    }

    private static void collect(ModelType type, String prefix) {
        for (Component c : type.components) {
            if (c.kind == Kind.RECORD || c.kind == Kind.RECORD_LIST) {
                String path = prefix.isEmpty() ? c.key : prefix + "." + c.key;
                ORDER.add(path);
                if (c.kind == Kind.RECORD_LIST && !LIST_KEYS.contains(c.key)) {
                    LIST_KEYS.add(c.key);
                }
                collect(c.element(), path);
            }
        }
    }
}
