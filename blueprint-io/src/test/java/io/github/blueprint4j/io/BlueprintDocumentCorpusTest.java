package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.model.PackageSpec;
import io.github.blueprint4j.model.UserCustomization;
import io.github.blueprint4j.testdata.ConformanceCase;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tomlj.Toml;

/**
 * Every readable TOML document of the corpus (with the documents of {@code ../shared} when it
 * exists) and of the conformance suite: {@code fmt} keeps every comment and the model, is stable
 * and writes valid TOML 1.0; an update that changes nothing returns the input byte for byte, and
 * generated edits change only the lines of what they change.
 */
class BlueprintDocumentCorpusTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();

    static Stream<Named<String>> documents() {
        List<Named<String>> documents = new ArrayList<>();
        List<CorpusEntry> corpus = new ArrayList<>(TestData.vendoredCorpus());
        corpus.addAll(TestData.sharedCorpus());
        for (CorpusEntry entry : corpus) {
            if (entry.format().equals("toml") && !entry.column("ref_parse").equals("fail")) {
                documents.add(Named.of("corpus " + entry.file(), entry.text()));
            }
        }
        for (ConformanceCase c : TestData.conformanceCases()) {
            if (!c.expectJson().contains("\"format\": \"toml\"")) {
                continue;
            }
            String toml = c.input("toml");
            if (readable(toml)) {
                documents.add(Named.of("conformance " + c.id(), toml));
            }
        }
        return documents.stream();
    }

    private static boolean readable(String toml) {
        try {
            READER.readToml(toml);
            return true;
        } catch (BlueprintParseException e) {
            return false;
        }
    }

    @Test
    void manyDocumentsAndCommentedOnesAreChecked() {
        List<Named<String>> all = documents().toList();
        assertThat(all).hasSizeGreaterThan(200);
        assertThat(all).filteredOn(d -> !BlueprintDocument.parse(d.getPayload()).comments().isEmpty())
                .hasSizeGreaterThanOrEqualTo(TestData.sharedDirectory().isPresent() ? 40 : 15);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void formatKeepsEveryCommentAndTheModelAndIsStable(String toml) {
        BlueprintDocument document = BlueprintDocument.parse(toml);
        String formatted = document.formatted();

        assertThat(Toml.parse(formatted).errors()).as("valid TOML 1.0:\n" + formatted).isEmpty();
        BlueprintDocument again = BlueprintDocument.parse(formatted);
        assertThat(again.blueprint()).as("the same model").isEqualTo(document.blueprint());
        assertThat(sorted(again.comments())).as("the same comments:\n" + formatted)
                .isEqualTo(sorted(document.comments()));
        assertThat(again.formatted()).as("formatting is stable").isEqualTo(formatted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void updateWithoutChangeReturnsTheInputByteForByte(String toml) {
        BlueprintDocument document = BlueprintDocument.parse(toml);
        Blueprint copy = document.blueprint().toBuilder().build();

        assertThat(document.update(copy).text()).isEqualTo(toml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void changingTheVersionChangesOnlyItsLine(String toml) {
        Blueprint read = BlueprintDocument.parse(toml).blueprint();
        Hunk hunk = edit(toml, bp -> bp.toBuilder().version("9.8.7").build());

        assertThat(hunk.added()).singleElement().asString().matches("version *= *\"9\\.8\\.7\"");
        assertThat(hunk.removed()).hasSize(read.version() == null ? 0 : 1);
        assertThat(hunk.removed()).allSatisfy(line -> assertThat(line).contains("version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void addingAPackageAddsOnlyItsLines(String toml) {
        Hunk hunk = edit(toml, bp -> bp.toBuilder().addPackage("zz-added", "1.2.*").build());

        assertThat(String.join("\n", hunk.added())).contains("\"zz-added\"");
        assertThat(hunk.added()).hasSizeLessThanOrEqualTo(4);
        assertRewrittenOnly(hunk, "packages");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void removingAPackageRemovesOnlyItsLines(String toml) {
        Blueprint read = BlueprintDocument.parse(toml).blueprint();
        if (read.packages().size() < 2) {
            return;
        }
        int index = read.packages().size() / 2;
        PackageSpec gone = read.packages().get(index);
        if (gone.name() == null) {
            return;
        }
        List<PackageSpec> rest = new ArrayList<>(read.packages());
        rest.remove(index);
        Hunk hunk = edit(toml, bp -> bp.toBuilder().packages(rest).build());

        assertThat(String.join("\n", hunk.removed())).contains(gone.name());
        assertOnlyNamesOf(hunk, read.packages().stream().map(PackageSpec::name).toList(), gone.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void addingAndRemovingAUserTouchesOnlyItsLines(String toml) {
        Hunk added = edit(toml, bp -> withCustomizations(bp, c -> c.addUser(u -> u.name("zz-user").addSupplementaryGroup("wheel"))));
        assertThat(String.join("\n", added.added())).contains("\"zz-user\"");
        assertThat(added.added()).hasSizeLessThanOrEqualTo(6);
        assertRewrittenOnly(added, "user");

        Blueprint read = BlueprintDocument.parse(toml).blueprint();
        List<UserCustomization> users = read.customizations() == null ? List.of() : read.customizations().user();
        if (users.size() < 2 || users.get(0).name() == null) {
            return;
        }
        UserCustomization gone = users.get(0);
        Hunk removed = edit(toml, bp -> withCustomizations(bp, c -> c.user(users.subList(1, users.size()))));
        assertThat(String.join("\n", removed.removed())).contains(gone.name());
        assertOnlyNamesOf(removed, users.stream().map(UserCustomization::name).toList(), gone.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void addingAndRemovingAFileTouchesOnlyItsLines(String toml) {
        Hunk added = edit(toml, bp -> withCustomizations(bp, c -> c.addFile(f -> f.path("/etc/zz-added").data("x"))));
        assertThat(String.join("\n", added.added())).contains("\"/etc/zz-added\"");
        assertThat(added.added()).hasSizeLessThanOrEqualTo(5);
        assertRewrittenOnly(added, "files");

        Blueprint read = BlueprintDocument.parse(toml).blueprint();
        List<FileCustomization> files = read.customizations() == null ? List.of() : read.customizations().files();
        if (files.size() < 2) {
            return;
        }
        FileCustomization gone = files.get(files.size() - 1);
        Hunk removed = edit(toml, bp -> withCustomizations(bp, c -> c.files(files.subList(0, files.size() - 1))));
        assertThat(String.join("\n", removed.removed())).contains(gone.path());
        assertOnlyNamesOf(removed, files.stream().map(FileCustomization::path).toList(), gone.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void changingAListChangesOnlyItsLines(String toml) {
        Blueprint read = BlueprintDocument.parse(toml).blueprint();
        List<UserCustomization> users = read.customizations() == null ? List.of() : read.customizations().user();
        if (users.isEmpty()) {
            return;
        }
        List<String> groups = new ArrayList<>(users.get(0).groups());
        groups.add("zz-group");
        List<UserCustomization> changed = new ArrayList<>(users);
        changed.set(0, users.get(0).toBuilder().groups(groups).build());
        Hunk hunk = edit(toml, bp -> withCustomizations(bp, c -> c.user(changed)));

        assertThat(String.join("\n", hunk.added())).contains("\"zz-group\"");
        assertThat(hunk.added()).hasSizeLessThanOrEqualTo(2);
        assertRewrittenOnly(hunk, "groups");
    }

    /**
     * Fails unless the edit removed at most one line, and that one is the list's own line (an empty
     * or one-line list is written again on its line) or the line of the entry before the new one,
     * which gets a comma.
     */
    private static void assertRewrittenOnly(Hunk hunk, String key) {
        assertThat(hunk.removed()).hasSizeLessThanOrEqualTo(1).allSatisfy(line -> assertThat(line.contains(key)
                || hunk.added().stream().anyMatch(added -> added.replace(",", "").equals(line.replace(",", ""))))
                .as(line).isTrue());
    }

    /** Fails when the changed lines name an entry of the list other than the one removed. */
    private static void assertOnlyNamesOf(Hunk hunk, List<String> names, String gone) {
        String touched = String.join("\n", hunk.removed()) + "\n" + String.join("\n", hunk.added());
        for (String name : names) {
            if (name != null && !name.equals(gone) && !gone.contains(name)) {
                assertThat(touched).as("only the lines of " + gone).doesNotContain(quoted(name), "'" + name + "'");
            }
        }
        assertThat(hunk.added()).hasSizeLessThanOrEqualTo(1);
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    private static Blueprint withCustomizations(Blueprint bp, UnaryOperator<Customizations.Builder> change) {
        Customizations.Builder builder = bp.customizations() == null ? Customizations.builder() : bp.customizations().toBuilder();
        return bp.toBuilder().customizations(change.apply(builder).build()).build();
    }

    /**
     * The lines an edit removed and added: what remains between the lines the input and the
     * output share at their start and at their end. A single edit is one such hunk.
     */
    private record Hunk(List<String> removed, List<String> added) {
    }

    private static Hunk edit(String toml, UnaryOperator<Blueprint> change) {
        BlueprintDocument document = BlueprintDocument.parse(toml);
        Blueprint changed = change.apply(document.blueprint());
        BlueprintDocument updated = document.update(changed);
        assertThat(updated.blueprint()).isEqualTo(changed);
        assertThat(Toml.parse(updated.text()).errors()).as(updated.text()).isEmpty();
        List<String> before = Arrays.asList(toml.split("\r?\n", -1));
        List<String> after = Arrays.asList(updated.text().split("\r?\n", -1));
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int end = 0;
        while (end < before.size() - start && end < after.size() - start
                && before.get(before.size() - 1 - end).equals(after.get(after.size() - 1 - end))) {
            end++;
        }
        return new Hunk(blankless(before.subList(start, before.size() - end)),
                blankless(after.subList(start, after.size() - end)));
    }

    /** Drops blank lines, which an edit may add or remove to separate tables. */
    private static List<String> blankless(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    private static List<String> sorted(List<String> comments) {
        return comments.stream().sorted().toList();
    }
}
