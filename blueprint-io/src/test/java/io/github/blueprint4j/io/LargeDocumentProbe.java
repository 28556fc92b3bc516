package io.github.blueprint4j.io;

import io.github.blueprint4j.diagnostic.Diagnostic;

/**
 * Reads one generated large document in a JVM of its own (started by {@link LargeDocumentTest}
 * with a small heap) and prints one line: {@code READ <entries> <findings>} or
 * {@code REFUSED <code of the last finding>}. An {@link Error} escaping the read ends the JVM with
 * a stack trace and a non-zero exit code, which the test catches.
 */
final class LargeDocumentProbe {

    private LargeDocumentProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the document ({@code unknown-keys} or {@code packages}), its entries, and
     *             {@code default} or {@code unlimited} reader limits
     */
    public static void main(String[] args) {
        int count = Integer.parseInt(args[1]);
        String document = args[0].equals("unknown-keys") ? unknownKeys(count) : packages(count);
        BlueprintReader reader = args[2].equals("default") ? BlueprintReader.builder().build()
                : BlueprintReader.builder().maxDocumentLength(Integer.MAX_VALUE).maxListEntries(Integer.MAX_VALUE).build();
        String outcome;
        try {
            ReadResult read = reader.readToml(document);
            document = null;
            int entries = read.blueprint().unknownKeys().size() + read.blueprint().packages().size();
            outcome = "READ " + entries + " " + read.diagnostics().size();
        } catch (BlueprintParseException e) {
            Diagnostic last = e.diagnostics().get(e.diagnostics().size() - 1);
            outcome = "REFUSED " + last.code();
        }
        System.out.println(outcome);
    }

    private static String unknownKeys(int count) {
        StringBuilder toml = new StringBuilder(count * 16).append("name = \"x\"\n");
        for (int i = 0; i < count; i++) {
            toml.append('k').append(i).append(" = ").append(i).append('\n');
        }
        return toml.toString();
    }

    private static String packages(int count) {
        StringBuilder toml = new StringBuilder(count * 56).append("name = \"x\"\n");
        for (int i = 0; i < count; i++) {
            toml.append("\n[[packages]]\nname = \"package-").append(i).append("\"\nversion = \"1.").append(i % 100)
                    .append(".*\"\n");
        }
        return toml.toString();
    }
}
