package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.BlueprintRule;
import io.github.blueprint4j.testdata.TestData;
import jakarta.validation.ConstraintValidator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule id of the specification is implemented as a constraint (annotation with the
 * specification's severity, a registered validator, placed on the model) or listed in the
 * README with the reason it is not.
 */
class RuleCoverageTest {

    private static final Pattern RULE_ROW = Pattern.compile("^\\| ([A-Z][A-Z0-9-]+) \\|.*", Pattern.MULTILINE);
    private static Map<String, String> specSeverities;
    private static Set<String> readmeRules;
    private static Map<Class<?>, Class<?>> validatorsByAnnotation;
    private static Set<Class<?>> placedAnnotations;

    @BeforeAll
    static void read() throws Exception {
        specSeverities = new LinkedHashMap<>();
        for (String line : TestData.text("spec/validation-rules.md").split("\n")) {
            Matcher row = RULE_ROW.matcher(line);
            String[] cells = line.split("(?<!\\\\)\\|");
            if (row.matches() && cells.length >= 8 && !row.group(1).equals("ID")) {
                // "WARNING (IMAGES HEAD) / ERROR (older IMAGES)": Appendix E counts such rules as errors
                String severity = cells[4].strip();
                specSeverities.put(row.group(1), severity.contains("ERROR") ? "ERROR" : severity.split("[ (]")[0]);
            }
        }
        readmeRules = new HashSet<>();
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher listed = Pattern.compile("^\\| `([A-Z][A-Z0-9-]+)` \\| [^|]+ \\| ([^|]+) \\|$", Pattern.MULTILINE).matcher(readme);
        while (listed.find()) {
            assertThat(listed.group(2).strip()).as("reason for " + listed.group(1)).isNotEmpty();
            readmeRules.add(listed.group(1));
        }
        validatorsByAnnotation = new LinkedHashMap<>();
        try (InputStream in = BlueprintValidator.class.getResourceAsStream(
                "/META-INF/services/jakarta.validation.ConstraintValidator")) {
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!name.isBlank()) {
                    Class<?> validator = Class.forName(name.strip());
                    validatorsByAnnotation.put(annotationOf(validator), validator);
                }
            }
        }
        placedAnnotations = new HashSet<>();
        collectPlaced(Blueprint.class, new HashSet<>());
    }

    @Test
    void theSpecificationHas214Rules() {
        assertThat(specSeverities).hasSize(214);
    }

    @Test
    void everyRuleIsAConstraintOrListedWithAReason() {
        Set<String> missing = new TreeSet<>();
        for (String id : specSeverities.keySet()) {
            if (annotation(id) == null && !readmeRules.contains(id)) {
                missing.add(id);
            }
        }
        assertThat(missing).as("rules neither implemented nor listed in the README").isEmpty();
    }

    @Test
    void noRuleIsBothAConstraintAndListedAsNotOne() {
        Set<String> both = new TreeSet<>();
        for (String id : readmeRules) {
            if (annotation(id) != null) {
                both.add(id);
            }
        }
        assertThat(both).isEmpty();
    }

    @Test
    void everyConstraintHasTheSpecificationsSeverityAValidatorAndAPlace() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> rule : specSeverities.entrySet()) {
            Class<? extends Annotation> annotation = annotation(rule.getKey());
            if (annotation == null) {
                continue;
            }
            BlueprintRule meta = annotation.getAnnotation(BlueprintRule.class);
            Severity expected = Severity.valueOf(rule.getValue());
            if (meta.severity() != expected && !rule.getKey().equals("SSHKEY-AS-USER")) {
                problems.add(rule.getKey() + " severity " + meta.severity() + " but the specification says " + expected);
            }
            if (!validatorsByAnnotation.containsKey(annotation)) {
                problems.add(rule.getKey() + " has no registered validator");
            }
            if (!placedAnnotations.contains(annotation)) {
                problems.add(rule.getKey() + " is not placed on the model");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noValidatorIsAPlaceholder() throws IOException {
        List<String> placeholders = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/java/io/github/blueprint4j/validation/rules"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.readString(file).contains("PLACEHOLDER")) {
                    placeholders.add(file.getFileName().toString());
                }
            }
        }
        assertThat(placeholders).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> annotation(String id) {
        StringBuilder name = new StringBuilder("io.github.blueprint4j.model.constraints.");
        for (String part : id.split("-")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        try {
            Class<?> type = Class.forName(name.toString());
            BlueprintRule rule = type.getAnnotation(BlueprintRule.class);
            return rule != null && rule.id().equals(id) ? (Class<? extends Annotation>) type : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Class<?> annotationOf(Class<?> validator) {
        for (Type type : validator.getGenericInterfaces()) {
            if (type instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
                return (Class<?>) p.getActualTypeArguments()[0];
            }
        }
        throw new IllegalStateException(validator + " is not a ConstraintValidator");
    }

    private static void collectPlaced(Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (Annotation a : type.getAnnotations()) {
            placedAnnotations.add(a.annotationType());
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            try {
                for (Annotation a : type.getDeclaredField(rc.getName()).getAnnotations()) {
                    placedAnnotations.add(a.annotationType());
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
            AnnotatedType annotated = rc.getAnnotatedType();
            if (annotated instanceof AnnotatedParameterizedType list) {
                AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
                for (Annotation a : element.getAnnotations()) {
                    placedAnnotations.add(a.annotationType());
                }
                if (element.getType() instanceof Class<?> elementClass) {
                    collectPlaced(elementClass, seen);
                }
            } else {
                collectPlaced(rc.getType(), seen);
            }
        }
    }
}
