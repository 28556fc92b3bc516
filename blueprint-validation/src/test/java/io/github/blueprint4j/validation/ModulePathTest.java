package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.classmate.TypeResolver;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import io.github.blueprint4j.model.Blueprint;
import jakarta.validation.Validation;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application module on the module path with only this library's modules, Hibernate
 * Validator and their own dependencies, and no Expression Language (neither
 * {@code jakarta.el} nor any {@code --add-modules}): a plain {@code @Valid} finds the rules'
 * violations with their messages. The application is compiled and started in its own JVM.
 */
class ModulePathTest {

    /** A user's module: one request type holding {@code @Valid Blueprint}, validated as the README says. */
    private static final String MODULE_INFO = """
            module example.app {
                requires io.github.blueprint4j.validation;
                requires org.hibernate.validator;
                opens example.app to org.hibernate.validator;
            }
            """;
    private static final String MAIN = """
            package example.app;

            import io.github.blueprint4j.model.Blueprint;
            import io.github.blueprint4j.model.constraints.BlueprintRule;
            import jakarta.validation.ConstraintViolation;
            import jakarta.validation.Valid;
            import jakarta.validation.Validation;
            import jakarta.validation.ValidatorFactory;
            import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

            public final class Main {
                record Request(@Valid Blueprint blueprint) {
                }

                public static void main(String[] args) {
                    Blueprint bp = Blueprint.builder()
                            .customizations(c -> c.addFile(f -> f.path("etc/motd")).partitioningMode("btrfs"))
                            .build();
                    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
                        for (ConstraintViolation<Request> v : factory.getValidator().validate(new Request(bp))) {
                            BlueprintRule rule = v.getConstraintDescriptor().getAnnotation().annotationType()
                                    .getAnnotation(BlueprintRule.class);
                            System.out.println(rule.id() + " " + v.getPropertyPath() + ": " + v.getMessage());
                        }
                    }
                    ModuleLayer.boot().modules().stream().map(Module::getName)
                            .filter(name -> !name.startsWith("java.") && !name.startsWith("jdk."))
                            .sorted().forEach(name -> System.out.println("module " + name));
                }
            }
            """;

    @Test
    void plainValidFindsTheRulesOnTheModulePathWithoutExpressionLanguage(@TempDir Path dir) throws Exception {
        String modulePath = Stream.of(Blueprint.class, JsonProperty.class, Validation.class, BlueprintValidator.class,
                        JsonFactory.class, HibernateValidator.class, Logger.class, TypeResolver.class)
                .map(ModulePathTest::location).collect(Collectors.joining(File.pathSeparator));
        Path classes = compile(dir, modulePath);

        List<String> output = run(List.of(tool("java"),
                "--module-path", modulePath + File.pathSeparator + classes,
                "--module", "example.app/example.app.Main"));

        assertThat(output).containsExactlyInAnyOrder(
                "FSNODE-PATH-ABSOLUTE blueprint.customizations.files[0].path: The path \"etc/motd\" is not absolute.",
                "PM-ENUM blueprint.customizations.partitioningMode: The partitioning mode must be auto-lvm, lvm or raw, not \"btrfs\".",
                "module com.fasterxml.classmate",
                "module com.fasterxml.jackson.annotation",
                "module com.fasterxml.jackson.core",
                "module example.app",
                "module io.github.blueprint4j.model",
                "module io.github.blueprint4j.validation",
                "module jakarta.validation",
                "module org.hibernate.validator",
                "module org.jboss.logging");
    }

    private static Path compile(Path dir, String modulePath) throws IOException, InterruptedException {
        Path sources = dir.resolve("src");
        Path main = sources.resolve("example/app/Main.java");
        Files.createDirectories(main.getParent());
        Files.writeString(sources.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(main, MAIN);
        Path classes = dir.resolve("classes");
        assertThat(run(List.of(tool("javac"), "--module-path", modulePath, "-d", classes.toString(),
                sources.resolve("module-info.java").toString(), main.toString()))).isEmpty();
        return classes;
    }

    /** Runs a command to its end and returns what it printed on standard output (logs go to the test's own); fails if it does not exit with 0. */
    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (var out = process.inputReader(StandardCharsets.UTF_8)) {
            out.lines().forEach(lines::add);
        }
        // a hang guard, not a timing check
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("exit status; output: %s", lines).isZero();
        return lines;
    }

    /** A tool of the JDK that runs the tests. */
    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
