package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.testdata.CorpusEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every readable corpus document checked against every image type of every distribution
 * definition, plain and strict: nothing throws, and every finding of the image-type checks
 * points at a line and column of the document.
 */
class TargetCorpusTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final List<String> DISTROS = List.of("rhel-10.0", "rhel-9.6", "rhel-8.4", "rhel-7.9", "centos-9",
            "fedora-43", "eln", "bootc-generic");
    private static final List<BlueprintValidator> VALIDATORS = new ArrayList<>();

    @BeforeAll
    static void everyTarget() {
        for (String distro : DISTROS) {
            for (ImageType type : ImageTypes.forDistro(distro)) {
                Target target = Target.of(distro, type.name());
                VALIDATORS.add(BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER).target(target).build());
                VALIDATORS.add(BlueprintValidator.builder().target(target).strict(true).build());
            }
        }
        assertThat(VALIDATORS).hasSizeGreaterThan(300);
    }

    static List<CorpusEntry> corpus() {
        return CorpusValidationTest.corpus();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void checksAgainstEveryImageTypeWithoutThrowing(CorpusEntry entry) {
        ReadResult read;
        try {
            read = READER.read(entry.text(), Format.valueOf(entry.format().toUpperCase(Locale.ROOT)));
        } catch (BlueprintParseException e) {
            return;
        }
        for (BlueprintValidator validator : VALIDATORS) {
            for (Diagnostic d : validator.validate(read.blueprint(), read.sourceMap()).diagnostics()) {
                assertThat(d.line()).as(validator.target() + " " + d).isNotNull();
                assertThat(d.column()).as(validator.target() + " " + d).isNotNull();
                assertThat(d.message()).as(validator.target() + " " + d).doesNotContain("{");
            }
        }
    }
}
