package io.github.blueprint4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documents every benchmark works on, so that their numbers compare. */
final class Documents {

    /** The "example-custom-base" blueprint of the Blueprint Reference, as shipped in examples/. */
    static final String TYPICAL_TOML = resource("example-custom-base.toml");

    private Documents() {
    }

    /**
     * Returns a blueprint with {@code count} packages, in the array-of-tables spelling.
     *
     * @param count how many packages
     * @return the TOML document
     */
    static String withPackages(int count) {
        StringBuilder toml = new StringBuilder(count * 48).append("name = \"many-packages\"\nversion = \"1.0.0\"\n");
        for (int i = 0; i < count; i++) {
            toml.append("\n[[packages]]\nname = \"package-").append(i).append("\"\nversion = \"1.").append(i % 100).append(".*\"\n");
        }
        return toml.toString();
    }

    /**
     * Returns a blueprint with {@code count} users, each with a finding of a rule that looks at
     * all of them (a group nobody defines) and one of its own (a plain-text password), so that
     * one check reports {@code count} findings.
     *
     * @param count how many users
     * @return the TOML document
     */
    static String withUsers(int count) {
        StringBuilder toml = new StringBuilder(count * 96).append("name = \"many-users\"\nversion = \"1.0.0\"\n");
        for (int i = 0; i < count; i++) {
            toml.append("\n[[customizations.user]]\nname = \"user-").append(i)
                    .append("\"\npassword = \"secret\"\ngroups = [\"team-").append(i).append("\"]\n");
        }
        return toml.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Documents.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
