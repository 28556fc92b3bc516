package io.github.blueprint4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A million unknown keys and a million packages in a JVM limited to 512 MiB of heap: read, or
 * refused with a diagnostic, never an {@link OutOfMemoryError}. Each case runs
 * {@link LargeDocumentProbe} in a JVM of its own.
 */
class LargeDocumentTest {

    private static final int MILLION = 1_000_000;

    /** Runs the probe with {@code -Xmx512m} and returns its line of output; fails if the JVM did not end well. */
    private static String probe(String document, String limits) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", classPath(), LargeDocumentProbe.class.getName(), document, String.valueOf(MILLION), limits));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("ended").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** The test class path, from both the class path and the module path that surefire may use. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                entries.add(value);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void aMillionUnknownKeysAreReadWithinHalfAGigabyteAndTheirWarningsSummedUp() throws Exception {
        // 17 MB, beyond the default document limit: read without limits, 100 warnings one by one
        // and one summing up the other 999,900
        assertThat(probe("unknown-keys", "unlimited")).isEqualTo("READ 1000000 101");
    }

    @Test
    void aMillionPackagesAreRefusedByTheDocumentLimitBeforeTheyTakeMemory() throws Exception {
        assertThat(probe("packages", "default")).isEqualTo("REFUSED GEN-LIMIT-DOCUMENT");
    }

    @Test
    void aMillionPackagesWithoutLimitsAreReadOrRefusedForMemoryButNoErrorEscapes() throws Exception {
        assertThat(probe("packages", "unlimited")).isIn("READ 1000000 0", "REFUSED GEN-LIMIT-MEMORY");
    }
}
