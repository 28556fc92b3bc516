package io.github.blueprint4j.testdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shared test data: the specification, the conformance suite and the blueprint corpus.
 * Resources are read from the class path; the part of the corpus that may not be copied into
 * the project is read from the shared directory beside the checkout, when it exists.
 */
public final class TestData {

    /** System property naming the shared directory; the build sets it to {@code ../shared}. */
    public static final String SHARED_PROPERTY = "blueprint4j.shared";

    private TestData() {
    }

    /**
     * Reads a resource as UTF-8 text.
     *
     * @param resource path under {@code src/main/resources}, such as {@code spec/blueprint-format.md}
     * @return the text
     */
    public static String text(String resource) {
        try (InputStream in = TestData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the rows of a tab-separated resource as maps from column name to value.
     *
     * @param resource a {@code .tsv} resource with a header row
     * @return the rows, in file order
     */
    public static List<Row> tsv(String resource) {
        return Row.parse(text(resource));
    }

    /**
     * Returns the conformance cases, as listed in {@code conformance/index.tsv}.
     *
     * @return the cases
     */
    public static List<ConformanceCase> conformanceCases() {
        List<ConformanceCase> cases = new ArrayList<>();
        for (Row row : tsv("conformance/index.tsv")) {
            cases.add(new ConformanceCase(row.get("id")));
        }
        return cases;
    }

    /**
     * Returns the corpus documents that are part of the project (the vendorable ones).
     *
     * @return the entries, text read from the class path
     */
    public static List<CorpusEntry> vendoredCorpus() {
        List<CorpusEntry> entries = new ArrayList<>();
        for (Row row : tsv("corpus/manifest.tsv")) {
            String file = row.get("file");
            entries.add(new CorpusEntry(row, () -> text("corpus/files/" + file)));
        }
        return entries;
    }

    /**
     * Returns the corpus documents that may not be copied into the project, read from the
     * shared directory; empty when it does not exist.
     *
     * @return the entries whose manifest row says {@code vendorable = no}
     */
    public static List<CorpusEntry> sharedCorpus() {
        Optional<Path> shared = sharedDirectory();
        if (shared.isEmpty()) {
            return List.of();
        }
        Path corpus = shared.get().resolve("corpus");
        List<CorpusEntry> entries = new ArrayList<>();
        try {
            for (Row row : Row.parse(Files.readString(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8))) {
                if (!row.get("vendorable").equals("yes")) {
                    Path file = corpus.resolve("files").resolve(row.get("file"));
                    entries.add(new CorpusEntry(row, () -> {
                        try {
                            return Files.readString(file, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * Returns the shared directory ({@code ../shared} beside the checkout) if it exists.
     *
     * @return the directory, or empty
     */
    public static Optional<Path> sharedDirectory() {
        String configured = System.getProperty(SHARED_PROPERTY);
        Path dir = configured != null ? Paths.get(configured) : Paths.get("..", "..", "shared");
        return Files.isDirectory(dir.resolve("corpus")) ? Optional.of(dir.normalize()) : Optional.empty();
    }
}
