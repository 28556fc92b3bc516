package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The validators are registered for the class path and for the module path alike. */
class RegistrationTest {

    @Test
    void theServiceFileAndTheModuleDescriptorListTheSameValidators() throws IOException {
        List<String> services = new ArrayList<>();
        try (InputStream in = BlueprintValidator.class.getResourceAsStream(
                "/META-INF/services/jakarta.validation.ConstraintValidator")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    services.add(line.strip());
                }
            }
        }
        String module = Files.readString(Path.of("src/main/java/module-info.java"));
        Matcher provides = Pattern.compile("provides jakarta\\.validation\\.ConstraintValidator with\\s+([^;]+);").matcher(module);
        assertThat(provides.find()).isTrue();
        List<String> declared = new ArrayList<>();
        for (String name : provides.group(1).split(",")) {
            declared.add(name.strip());
        }
        List<String> classes = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/java/io/github/blueprint4j/validation/rules"))) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith("Validator.java"))
                    .map(f -> "io.github.blueprint4j.validation.rules." + f.substring(0, f.length() - 5))
                    .sorted().forEach(classes::add);
        }
        assertThat(services).isSorted().containsExactlyElementsOf(classes);
        assertThat(declared).containsExactlyElementsOf(classes);
    }
}
