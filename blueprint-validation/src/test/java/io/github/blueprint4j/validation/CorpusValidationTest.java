package io.github.blueprint4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.testdata.CorpusEntry;
import io.github.blueprint4j.testdata.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real-world corpus against the reference's verdicts: {@code ref_validate} (image-builder
 * profile, no policy), {@code ref_push} (composer profile, no policy) and {@code ref_policy}
 * (image-builder profile, the default policies). Findings the reference does not make are
 * warnings, so they never turn an accepted document into a refused one.
 */
class CorpusValidationTest {

    private static final BlueprintReader READER = BlueprintReader.builder().build();
    private static final BlueprintValidator IMAGE_BUILDER = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.none()).build();
    private static final BlueprintValidator COMPOSER = BlueprintValidator.builder()
            .profile(Profile.COMPOSER).policies(PathPolicies.none()).build();
    private static final BlueprintValidator POLICY = BlueprintValidator.builder()
            .profile(Profile.IMAGE_BUILDER).policies(PathPolicies.defaults()).build();

    static List<CorpusEntry> corpus() {
        List<CorpusEntry> all = new ArrayList<>(TestData.vendoredCorpus());
        all.addAll(TestData.sharedCorpus());
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void agreesWithTheReference(CorpusEntry entry) {
        ReadResult read;
        try {
            read = READER.read(entry.text(), Format.valueOf(entry.format().toUpperCase(Locale.ROOT)));
        } catch (BlueprintParseException e) {
            assertThat(entry.column("ref_parse")).isEqualTo("fail");
            return;
        }
        agrees("ref_validate", IMAGE_BUILDER.validate(read.blueprint(), read.sourceMap()), entry.column("ref_validate"));
        agrees("ref_push", COMPOSER.validate(read.blueprint(), read.sourceMap()),
                and(entry.column("ref_validate"), entry.column("ref_push")));
        agrees("ref_policy", POLICY.validate(read.blueprint(), read.sourceMap()),
                and(entry.column("ref_validate"), entry.column("ref_policy")));
    }

    private static void agrees(String column, ValidationReport report, String reference) {
        assertThat(report.isValid() ? "ok" : "fail").as(column + ", errors: " + report.errors()).isEqualTo(reference);
    }

    // a profile's verdict also includes the checks that apply to every image
    private static String and(String a, String b) {
        return a.equals("ok") && b.equals("ok") ? "ok" : "fail";
    }
}
