package io.github.blueprint4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.blueprint4j.check.BlueprintChecker;
import io.github.blueprint4j.check.CheckReport;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintDocument;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.validation.BlueprintValidator;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.Target;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzz tests of the entry points, one target each, with the checks of
 * {@link Oracles}. {@code ./mvnw verify} replays the seeds ({@link Seeds}) and the committed
 * inputs under {@code BlueprintFuzzTestInputs/<target>/} (Jazzer's regression mode), then fuzzes
 * each target for a few seconds; FUZZING.md tells how to fuzz one for hours.
 */
class BlueprintFuzzTest {

    /** The validator of the one-call check's defaults: composer profile, not strict, no target. */
    private static final BlueprintValidator DEFAULT_VALIDATOR = BlueprintValidator.builder().build();
    private static final List<BlueprintValidator> VALIDATORS = List.of(
            DEFAULT_VALIDATOR,
            BlueprintValidator.builder().profile(Profile.IMAGE_BUILDER).strict(true).build(),
            BlueprintValidator.builder().target(Target.of("rhel-9.0", "edge-simplified-installer")).build(),
            BlueprintValidator.builder().target(Target.of("bootc-generic", "qcow2")).build());

    private static final BlueprintChecker CHECKER = BlueprintChecker.builder().build();

    /** Every way of writing, with whether it keeps everything that was read. */
    private static final List<Writing> WRITINGS = List.of(
            new Writing(Oracles.WRITER, true),
            new Writing(BlueprintWriter.builder().sizeStyle(BlueprintWriter.SizeStyle.BYTES).build(), true),
            new Writing(BlueprintWriter.builder().prettyJson(false).build(), true),
            new Writing(BlueprintWriter.builder().unknownKeys(false).build(), false));

    private record Writing(BlueprintWriter writer, boolean lossless) {
    }

    static Stream<Arguments> tomlSeeds() {
        return Seeds.toml();
    }

    static Stream<Arguments> jsonSeeds() {
        return Seeds.json();
    }

    static Stream<Arguments> allSeeds() {
        return Seeds.all();
    }

    /** Reading TOML: refused only as documented, and what is read writes and reads back equal. */
    @MethodSource("tomlSeeds")
    @FuzzTest
    void readToml(byte[] data) {
        readAndRoundTrip(data, Format.TOML);
    }

    /** Reading JSON: refused only as documented, and what is read writes and reads back equal. */
    @MethodSource("jsonSeeds")
    @FuzzTest
    void readJson(byte[] data) {
        readAndRoundTrip(data, Format.JSON);
    }

    private static void readAndRoundTrip(byte[] data, Format format) {
        ReadResult read = Oracles.readOrRefused(Oracles.text(data), format);
        if (read != null) {
            Oracles.assertRoundTrips(read.blueprint(), Oracles.WRITER, true);
        }
    }

    /**
     * Reading either format (detected from the content) and validating what was read under
     * several profiles and targets: validation throws nothing and reports no internal error.
     */
    @MethodSource("allSeeds")
    @FuzzTest
    void readAndValidate(byte[] data) {
        ReadResult read = Oracles.readOrRefused(Oracles.text(data));
        if (read != null) {
            for (BlueprintValidator validator : VALIDATORS) {
                Oracles.assertNoInternalError(validator.validate(read.blueprint(), read.sourceMap()).diagnostics());
            }
        }
    }

    /**
     * Writing what was read with every writer option, in both formats: it reads back equal
     * (without the unknown keys when the writer drops them) and writes again the same.
     */
    @MethodSource("allSeeds")
    @FuzzTest
    void writeAndReadBack(byte[] data) {
        ReadResult read = Oracles.readOrRefused(Oracles.text(data));
        if (read != null) {
            for (Writing writing : WRITINGS) {
                Oracles.assertRoundTrips(read.blueprint(), writing.writer(), writing.lossless());
            }
        }
    }

    /**
     * Documents that keep what people wrote ({@code fmt}, edits in place): reading one throws only
     * the documented exception; its formatted text reads as the same blueprint and formats the
     * same again; and an edit (a new version, a new description) gives a text that reads as the
     * changed blueprint.
     */
    @MethodSource("allSeeds")
    @FuzzTest
    void document(byte[] data) {
        String text = Oracles.text(data);
        BlueprintDocument document = Oracles.readDocumentOrRefused(text, Format.detect(text));
        if (document == null) {
            return;
        }
        String formatted = document.formatted();
        BlueprintDocument again = Oracles.READER.readDocument(formatted, document.format());
        assertThat(again.blueprint()).as("formatting keeps the blueprint").isEqualTo(document.blueprint());
        assertThat(again.formatted()).as("formatting is stable").isEqualTo(formatted);
        Blueprint changed = document.blueprint().toBuilder().version("9.8.7").description("edited").build();
        BlueprintDocument updated = document.update(changed);
        assertThat(Oracles.READER.read(updated.text(), document.format()).blueprint()).as("the edit holds the change")
                .isEqualTo(changed);
    }

    /**
     * The one-call check of raw bytes: it throws nothing, reports no internal error, and agrees
     * with reading and validating separately. A document the reader refuses has every error of
     * the refusal in its report; a document the reader reads has exactly the findings of the
     * read and of the validation, and the same blueprint.
     */
    @MethodSource("allSeeds")
    @FuzzTest
    void check(byte[] data) throws IOException {
        CheckReport report = CHECKER.check(new ByteArrayInputStream(data), null);
        Oracles.assertNoInternalError(report.diagnostics());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException notUtf8) {
            assertThat(report.errors()).extracting(Diagnostic::code).containsExactly("GEN-SYNTAX");
            return;
        }
        try {
            ReadResult read = Oracles.READER.read(text, Format.detect(text));
            List<Diagnostic> expected = new ArrayList<>(read.diagnostics());
            expected.addAll(DEFAULT_VALIDATOR.validate(read.blueprint(), read.sourceMap()).diagnostics());
            assertThat(report.blueprint()).isEqualTo(read.blueprint());
            assertThat(report.diagnostics()).containsExactlyInAnyOrderElementsOf(expected);
        } catch (BlueprintParseException refused) {
            assertThat(report.isValid()).as("the report of a document the reader refuses").isFalse();
            assertThat(report.diagnostics()).containsAll(refused.errors());
        }
    }
}
