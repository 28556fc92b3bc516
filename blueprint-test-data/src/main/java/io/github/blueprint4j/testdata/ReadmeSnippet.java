package io.github.blueprint4j.testdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one source for the README's code examples: an example is written once, in a test
 * class between the lines {@code // README:start} and {@code // README:end}, and compiled and
 * run there; its text (without the common indentation) must appear in the README.
 */
public final class ReadmeSnippet {

    private ReadmeSnippet() {
    }

    /**
     * Returns the marked example of a Java source file, without its common indentation.
     *
     * @param javaSource the test source, relative to the module directory (the tests' working directory)
     * @return the lines between the markers, each ending with a line break
     */
    public static String of(String javaSource) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : read(Path.of(javaSource)).split("\n", -1)) {
            if (line.strip().equals("// README:end")) {
                break;
            }
            if (inside) {
                lines.add(line);
            }
            inside |= line.strip().equals("// README:start");
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("No // README:start ... // README:end example in " + javaSource);
        }
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n'));
        return out.toString();
    }

    /**
     * Returns the README of the project, beside the module directories.
     *
     * @return its text
     */
    public static String readme() {
        return read(Path.of("..", "README.md"));
    }

    /** An example to run. */
    @FunctionalInterface
    public interface Example {
        /**
         * Runs the example.
         *
         * @throws Exception whatever the example throws
         */
        void run() throws Exception;
    }

    /**
     * Runs an example and returns what it printed to standard output.
     *
     * @param example the example
     * @return the printed text
     * @throws Exception whatever the example throws
     */
    public static String printedBy(Example example) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(stdout);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
