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
 * (parents before children, {@code [[packages]]} before {@code [customizations]}, ...).
 */
public final class TomlLayout {

    private static final List<String> ORDER = canonicalOrder();

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
        String previousHeader = null;
        for (String line : toml.split("\n")) {
            if (!line.startsWith("[")) {
                continue;
            }
            String header = line.replace("[", "").replace("]", "").strip();
            int rank = ORDER.indexOf(header);
            if (rank < 0) {
                continue; // a table the format does not define, kept from a lenient read
            }
            boolean sameListAgain = header.equals(previousHeader) && line.startsWith("[[");
            assertThat(rank >= previous || sameListAgain || isChildOfList(header))
                    .as("section [%s] comes after [%s] in the format's order:%n%s", header, previousHeader, toml)
                    .isTrue();
            previous = Math.max(previous, rank);
            previousHeader = header;
        }
    }

    // An entry of a list of tables restarts its children ([[a]] [a.b] [[a]] [a.b]).
    private static boolean isChildOfList(String header) {
        return header.contains(".") && ORDER.stream().anyMatch(h -> header.startsWith(h + ".") && isList(h));
    }

    private static boolean isList(String header) {
        List<String> lists = new ArrayList<>();
        collect(ModelType.of(Blueprint.class), "", new ArrayList<>(), lists);
        return lists.contains(header);
    }

    private static List<String> canonicalOrder() {
        List<String> order = new ArrayList<>();
        collect(ModelType.of(Blueprint.class), "", order, new ArrayList<>());
        return order;
    }

    private static void collect(ModelType type, String prefix, List<String> order, List<String> lists) {
        for (Component c : type.components) {
            if (c.kind == Kind.RECORD || c.kind == Kind.RECORD_LIST) {
                String path = prefix.isEmpty() ? c.key : prefix + "." + c.key;
                order.add(path);
                if (c.kind == Kind.RECORD_LIST) {
                    lists.add(path);
                }
                collect(c.element(), path, order, lists);
            }
        }
    }
}
