package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.testdata.ReadmeSnippet;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The README's "In your own service" example, compiled and run here; the README holds the same text. */
class ReadmeServiceExampleTest {

    private static final String SOURCE = "src/test/java/io/github/blueprint4j/validation/ReadmeServiceExampleTest.java";

    static void example(Blueprint blueprint) {
        // README:start
        record CreateImageRequest(@NotNull @Valid Blueprint blueprint) {}

        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()   // build once, share it
                .messageInterpolator(new ParameterMessageInterpolator())        // messages without Expression Language
                .propertyNodeNameProvider(new SpecPropertyNodeNameProvider())   // paths in the format's key names
                .buildValidatorFactory();
        Set<ConstraintViolation<CreateImageRequest>> violations =
                factory.getValidator().validate(new CreateImageRequest(blueprint));
        for (ConstraintViolation<?> v : violations) {
            Diagnostic d = BlueprintRules.toDiagnostic(v);   // rule id, severity, path in the blueprint, message, hint
            System.out.println(d.severity() + " " + d.code() + " " + v.getPropertyPath() + ": " + d.message());
        }
        // README:end
        factory.close();
    }

    @Test
    void theReadmeShowsTheExample() {
        assertThat(ReadmeSnippet.readme()).contains("```java\n" + ReadmeSnippet.of(SOURCE) + "```\n");
    }

    @Test
    void theExamplePrintsTheRuleIdsAndTheFormatsKeys() throws Exception {
        Blueprint blueprint = Blueprint.builder().name("x")
                .customizations(c -> c.partitioningMode("btrfs")
                        .disk(d -> d.addPartition(p -> p.type("plain").mountpoint("/data").minsize("1 GiB"))))
                .build();
        String printed = ReadmeSnippet.printedBy(() -> example(blueprint));
        assertThat(printed.lines()).containsExactlyInAnyOrder(
                "ERROR PM-ENUM blueprint.customizations.partitioning_mode: The partitioning mode must be auto-lvm,"
                        + " lvm or raw, not \"btrfs\".",
                "ERROR PLAIN-FSTYPE blueprint.customizations.disk.partitions[0].fs_type: A plain partition needs"
                        + " fs_type ext4, xfs, vfat, swap or none; fs_type is missing.");
    }
}
