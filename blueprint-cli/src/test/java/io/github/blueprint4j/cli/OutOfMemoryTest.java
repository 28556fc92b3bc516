package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command in a JVM too small for its file: one line and exit code 2, no stack trace. */
class OutOfMemoryTest {

    @Test
    void runningOutOfMemoryExitsWith2AndOneLine(@TempDir Path dir) throws Exception {
        StringBuilder toml = new StringBuilder("name = \"x\"\n");
        for (int i = 0; i < 150_000; i++) {
            toml.append("\n[[packages]]\nname = \"package-").append(i).append("\"\nversion = \"1.*\"\n");
        }
        Path file = Files.writeString(dir.resolve("large.toml"), toml);
        List<String> classPath = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                classPath.add(value);
            }
        }
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC", "-cp", String.join(File.pathSeparator, classPath),
                BlueprintCommand.class.getName(), "validate", file.toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(err).isEqualTo(2);
        assertThat(err.lines().toList()).singleElement().asString()
                .startsWith("blueprint: out of memory: the Java heap (at most ")
                .endsWith(" MiB) ran out; give the JVM more, as in java -Xmx2g -jar blueprint.jar ...");
        assertThat(out).isEmpty();
    }
}
