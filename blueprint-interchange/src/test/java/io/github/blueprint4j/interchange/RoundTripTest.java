package io.github.blueprint4j.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.interchange.internal.CloudApi;
import io.github.blueprint4j.interchange.internal.Hosted;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Classic → shape → classic over every readable conformance case and corpus document: every
 * difference between the input blueprint and the blueprint that comes back (the two JSON trees
 * of {@link Blueprints#toJson}, compared leaf by leaf, list entries aligned by content) is named
 * in the loss reports, and the reports name nothing that did not change.
 *
 * <p>A loss names a classic path through the forward report's {@code sourcePath}, the reverse
 * report's {@code targetPath}, or a target path mapped back to classic by the converters' key
 * tables ({@code Hosted.classicPath}, {@code CloudApi.classicPath}). A path names a difference
 * when it is the differing leaf or one of its ancestors. Not compared: losses of code
 * {@code IX-CALLER} (a value the classic blueprint never had) and {@code IX-UNVERIFIED} (a value
 * written unchanged whose effect on the server is not verified), and losses about values of the
 * target shape that have no classic path (the image type and upload target of the options). A
 * change of form ({@code IX-REWRITTEN}) that the way back undoes, so the round trip shows no
 * difference, must be reported in both directions. The conversions get only what a classic
 * blueprint cannot say (image type, upload target), so every classic value that comes back
 * comes from the input.
 */
class RoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_COMPARED = Set.of("IX-CALLER", "IX-UNVERIFIED");

    /** A differing leaf: its path in the input and in the result ({@code null} where it is absent). */
    record Difference(String input, String result) {
        boolean namedBy(String path) {
            return covers(path, input) || covers(path, result);
        }
    }

    /** A loss and the classic path it names ({@code null} when it names none). */
    record Named(Loss loss, String path, boolean forward) {
    }

    static Stream<Arguments> documents() {
        return Documents.readable().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void hostedRoundTripReportsEveryDifference(String name, ReadResult read) {
        roundTrip(read, Interchange.toHosted(read, Documents.TARGET_ONLY), Interchange::fromHosted, Hosted::classicPath);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void cloudApiRoundTripReportsEveryDifference(String name, ReadResult read) {
        roundTrip(read, Interchange.toCloudApi(read, Documents.TARGET_ONLY), Interchange::fromCloudApi,
                CloudApi::classicPath);
    }

    private static void roundTrip(ReadResult read, Conversion<String> forward, Function<String, Conversion<Blueprint>> back,
                                  BiFunction<String, JsonNode, String> classicPath) {
        JsonNode target = tree(forward.result());
        check(read.blueprint(), forward.losses(), back.apply(forward.result()), path -> classicPath.apply(path, target));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void bibRoundTripReportsEveryDifference(String name, ReadResult read) {
        for (String type : List.of("qcow2", "anaconda-iso")) {
            Conversion<Blueprint> forward = Interchange.toBib(read, ConversionOptions.builder().imageType(type).build());
            Conversion<Blueprint> back = Interchange.fromBib(Blueprints.toToml(forward.result()), Format.TOML);
            check(read.blueprint(), forward.losses(), back, Function.identity());
        }
    }

    @Test
    void aLosslessDocumentComesBackUnchangedWithAnEmptyReport() {
        Blueprint blueprint = Blueprints.readToml("name = \"web\"\ndescription = \"d\"\ndistro = \"rhel-9.6\"\n"
                + "architecture = \"x86_64\"\n[[enabled_modules]]\nname = \"nodejs\"\nstream = \"20\"\n"
                + "[[containers]]\nsource = \"quay.io/x\"\nname = \"x\"\ntls-verify = false\n"
                + "[customizations]\nhostname = \"h\"\n[customizations.kernel]\nappend = \"quiet\"\n"
                + "[[customizations.user]]\nname = \"ops\"\nkey = \"k\"\ngroups = [\"wheel\"]\n"
                + "[[customizations.group]]\nname = \"ops\"\ngid = 1100\n[customizations.timezone]\ntimezone = \"UTC\"\n"
                + "[customizations.firewall]\nports = [\"22:tcp\"]\n[customizations.services]\nenabled = [\"sshd\"]\n"
                + "[[customizations.repositories]]\nid = \"r\"\nbaseurls = [\"https://r\"]\ngpgkeys = [\"k\"]\n"
                + "gpgcheck = true\nsslverify = false\n");
        Conversion<String> forward = Interchange.toHosted(blueprint, Documents.OPTIONS);
        Conversion<Blueprint> back = Interchange.fromHosted(forward.result());
        assertThat(forward.losses()).isEmpty();
        assertThat(back.losses()).extracting(Loss::sourcePath)
                .containsExactly("image_requests[0].image_type", "image_requests[0].upload_request");
        assertThat(back.result()).isEqualTo(blueprint);

        Conversion<String> compose = Interchange.toCloudApi(blueprint, Documents.TARGET_ONLY);
        Conversion<Blueprint> fromCompose = Interchange.fromCloudApi(compose.result());
        assertThat(compose.losses()).isEmpty();
        assertThat(fromCompose.losses()).extracting(Loss::sourcePath).containsExactly("image_request.image_type");
        assertThat(fromCompose.result()).isEqualTo(blueprint);
    }

    @Test
    void differencesAreFoundLeafByLeafWithListsAligned() {
        JsonNode input = tree("{\"a\": [{\"n\": 1}, {\"n\": 2}, {\"n\": 3}], \"b\": {\"c\": \"x\"}}");
        JsonNode result = tree("{\"a\": [{\"n\": 1}, {\"n\": 3}], \"b\": {\"c\": \"y\"}, \"d\": true}");
        assertThat(differences(input, result)).containsExactly(new Difference("a[1].n", null),
                new Difference("b.c", "b.c"), new Difference(null, "d"));
    }

    private static void check(Blueprint input, List<Loss> forward, Conversion<Blueprint> back,
                              Function<String, String> targetToClassic) {
        List<Difference> differences = differences(tree(Blueprints.toJson(input)), tree(Blueprints.toJson(back.result())));
        List<Named> named = new ArrayList<>();
        for (Loss loss : forward) {
            if (!NOT_COMPARED.contains(loss.code())) {
                named.add(new Named(loss, loss.sourcePath(), true));
                if (loss.targetPath() != null) {
                    named.add(new Named(loss, targetToClassic.apply(loss.targetPath()), true));
                }
            }
        }
        for (Loss loss : back.losses()) {
            if (!NOT_COMPARED.contains(loss.code())) {
                named.add(new Named(loss, loss.targetPath() != null ? loss.targetPath()
                        : targetToClassic.apply(loss.sourcePath()), false));
            }
        }
        for (Difference difference : differences) {
            assertThat(named).as("a loss names %s (forward %s, back %s)", difference, forward, back.losses())
                    .anyMatch(entry -> entry.path() != null && difference.namedBy(entry.path()));
        }
        Set<Loss> namingAChange = new LinkedHashSet<>();
        for (Named entry : named) {
            if (entry.path() != null && differences.stream().anyMatch(d -> d.namedBy(entry.path())
                    || covers(d.input(), entry.path()) || covers(d.result(), entry.path()))) {
                namingAChange.add(entry.loss());
            }
        }
        for (Named entry : named) {
            if (entry.path() == null || namingAChange.contains(entry.loss())) {
                continue;
            }
            Loss loss = entry.loss();
            boolean undone = loss.severity() == Severity.INFO && named.stream().anyMatch(other -> other.forward() != entry.forward()
                    && other.loss().severity() == Severity.INFO && entry.path().equals(other.path()));
            assertThat(undone).as("%s names %s, which did not change (differences: %s)", loss, entry.path(), differences)
                    .isTrue();
        }
    }

    /** Tells whether a path is a leaf or one of its ancestors. */
    private static boolean covers(String path, String leaf) {
        return path != null && leaf != null && (leaf.equals(path) || leaf.startsWith(path + ".")
                || leaf.startsWith(path + "["));
    }

    static List<Difference> differences(JsonNode input, JsonNode result) {
        List<Difference> out = new ArrayList<>();
        diff(input, result, "", "", out);
        return out;
    }

    private static void diff(JsonNode a, JsonNode b, String pathA, String pathB, List<Difference> out) {
        if (a == null || a.isNull()) {
            if (b != null && !b.isNull()) {
                leaves(b, pathB).forEach(leaf -> out.add(new Difference(null, leaf)));
            }
        } else if (b == null || b.isNull()) {
            leaves(a, pathA).forEach(leaf -> out.add(new Difference(leaf, null)));
        } else if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                diff(a.get(key), b.get(key), child(pathA, key), child(pathB, key), out);
            }
        } else if (a.isArray() && b.isArray()) {
            diffLists(a, b, pathA, pathB, out);
        } else if (!same(a, b)) {
            out.add(new Difference(pathA, pathB));
        }
    }

    /** Lists of one length are compared entry by entry; otherwise entries are aligned at the least cost of change. */
    private static void diffLists(JsonNode a, JsonNode b, String pathA, String pathB, List<Difference> out) {
        int n = a.size();
        int m = b.size();
        if (n == m) {
            for (int i = 0; i < n; i++) {
                diff(a.get(i), b.get(i), pathA + "[" + i + "]", pathB + "[" + i + "]", out);
            }
            return;
        }
        int[][] cost = new int[n + 1][m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n && j == m) {
                    continue;
                }
                int best = Integer.MAX_VALUE;
                if (i < n) {
                    best = Math.min(best, cost[i + 1][j] + leaves(a.get(i), "").size());
                }
                if (j < m) {
                    best = Math.min(best, cost[i][j + 1] + leaves(b.get(j), "").size());
                }
                if (i < n && j < m) {
                    best = Math.min(best, cost[i + 1][j + 1] + differences(a.get(i), b.get(j)).size());
                }
                cost[i][j] = best;
            }
        }
        int i = 0;
        int j = 0;
        // of alignments that cost the same (equal entries), the one that adds entries first
        while (i < n || j < m) {
            if (j < m && cost[i][j] == cost[i][j + 1] + leaves(b.get(j), "").size()) {
                diff(null, b.get(j), null, pathB + "[" + j + "]", out);
                j++;
            } else if (i < n && j < m && cost[i][j] == cost[i + 1][j + 1] + differences(a.get(i), b.get(j)).size()) {
                diff(a.get(i), b.get(j), pathA + "[" + i + "]", pathB + "[" + j + "]", out);
                i++;
                j++;
            } else {
                diff(a.get(i), null, pathA + "[" + i + "]", null, out);
                i++;
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static List<String> leaves(JsonNode node, String path) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                leaves.addAll(leaves(field.getValue(), child(path, field.getKey())));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                leaves.addAll(leaves(node.get(i), path + "[" + i + "]"));
            }
        } else {
            leaves.add(path);
        }
        return leaves;
    }

    private static String child(String path, String key) {
        return path == null ? null : path.isEmpty() ? key : path + "." + key;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
