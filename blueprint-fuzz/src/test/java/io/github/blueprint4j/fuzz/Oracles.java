package io.github.blueprint4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintDocument;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.BlueprintWriter;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.Blueprint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What must hold for every input, whatever the fuzzer makes of it. A violation throws an
 * {@link AssertionError}, which Jazzer reports as a finding; any other exception that escapes
 * the library is a finding too.
 *
 * <ul>
 *   <li>Reading throws nothing but {@link BlueprintParseException}, which lists at least one
 *       error, and no diagnostic of a read or a validation has the code {@code GEN-INTERNAL}
 *       (the code of "a defect of the library").</li>
 *   <li>What was read writes as TOML and as JSON (the writer never refuses a blueprint its
 *       reader produced), and the writing reads back equal to what was read.</li>
 *   <li>The output is stable: writing what was read back gives the same text.</li>
 * </ul>
 */
final class Oracles {

    /** The code of a diagnostic that reports a defect of the library rather than of the document. */
    static final String INTERNAL = "GEN-INTERNAL";

    static final BlueprintReader READER = BlueprintReader.builder().build();
    static final BlueprintWriter WRITER = BlueprintWriter.builder().build();

    private Oracles() {
    }

    /**
     * Decodes the fuzzer's bytes as UTF-8, replacing what is not, so that every input is a
     * document and none is spent on the decoder.
     */
    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /**
     * Reads a document as a caller would.
     *
     * @return what was read, or {@code null} if the document was refused as documented
     */
    static ReadResult readOrRefused(String text, Format format) {
        return orRefused(() -> READER.read(text, format), result -> result);
    }

    /**
     * Reads a document that keeps its text, as {@code blueprint fmt} does.
     *
     * @return the document, or {@code null} if it was refused as documented
     */
    static BlueprintDocument readDocumentOrRefused(String text, Format format) {
        return orRefused(() -> READER.readDocument(text, format), BlueprintDocument::readResult);
    }

    /** Reads with a reader call: a refusal names an error, and no diagnostic of either outcome is internal. */
    private static <T> T orRefused(Supplier<T> read, Function<T, ReadResult> result) {
        T value;
        try {
            value = read.get();
        } catch (BlueprintParseException refused) {
            assertThat(refused.errors()).as("a refusal names at least one error").isNotEmpty();
            assertNoInternalError(refused.diagnostics());
            return null;
        }
        assertNoInternalError(result.apply(value).diagnostics());
        return value;
    }

    /**
     * Reads a document of either format, detected from its content as the command line does.
     *
     * @return what was read, or {@code null} if the document was refused as documented
     */
    static ReadResult readOrRefused(String text) {
        return readOrRefused(text, Format.detect(text));
    }

    /** Every diagnostic has a code and a severity, and none reports a defect of the library. */
    static void assertNoInternalError(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            assertThat(d.code()).as("the code of %s", d).isNotBlank().isNotEqualTo(INTERNAL);
            assertThat(d.severity()).as("the severity of %s", d).isNotNull();
        }
    }

    /**
     * Writes a blueprint that was read in both formats and reads each writing back.
     *
     * @param blueprint what was read
     * @param writer    the writer
     * @param lossless  whether the writer keeps everything (it may drop unknown keys), so that
     *                  the writing must read back equal
     */
    static void assertRoundTrips(Blueprint blueprint, BlueprintWriter writer, boolean lossless) {
        for (Format format : Format.values()) {
            String written = writer.write(blueprint, format);
            ReadResult back;
            try {
                back = READER.read(written, format);
            } catch (BlueprintParseException refused) {
                throw new AssertionError("The " + format + " written from a blueprint that was read is refused: "
                        + refused.diagnostics() + "\n" + written, refused);
            }
            assertNoInternalError(back.diagnostics());
            if (lossless) {
                assertThat(back.blueprint()).as("the %s writing read back:%n%s", format, written).isEqualTo(blueprint);
            }
            assertThat(writer.write(back.blueprint(), format)).as("the %s writing of what was read back", format)
                    .isEqualTo(written);
        }
    }
}
