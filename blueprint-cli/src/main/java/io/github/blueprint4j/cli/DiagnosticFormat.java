package io.github.blueprint4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.internal.Redaction;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes diagnostics as the commands print them: one compiler-style line per diagnostic, or
 * one JSON line per file.
 */
final class DiagnosticFormat {

    private DiagnosticFormat() {
    }

    /**
     * Formats a diagnostic like a compiler message:
     * {@code file:line:column: severity code path: message (hint)}, leaving out the location,
     * the path and the hint when they are unknown. Control characters, in the file name, a key of
     * the path or anywhere else, are escaped ({@code \n}, {@code \}{@code u001b}): one
     * diagnostic is one line, and no value can forge another line or move the cursor.
     *
     * @param file       the file name as given on the command line
     * @param diagnostic the diagnostic
     * @return the line, without a line break
     */
    static String text(String file, Diagnostic diagnostic) {
        StringBuilder line = new StringBuilder(file);
        if (diagnostic.location() != null) {
            line.append(':').append(diagnostic.line()).append(':').append(diagnostic.column());
        }
        line.append(": ").append(diagnostic.severity().name().toLowerCase(Locale.ROOT))
                .append(' ').append(diagnostic.code());
        if (diagnostic.path() != null) {
            line.append(' ').append(diagnostic.path());
        }
        line.append(": ").append(diagnostic.message());
        if (diagnostic.hint() != null) {
            line.append(" (").append(diagnostic.hint()).append(')');
        }
        return Redaction.escape(line.toString());
    }

    /**
     * Formats the findings of a file as one line of JSON:
     * <code>{"file": ..., "format": ..., "valid": ..., "diagnostics": [...]}</code>, each
     * diagnostic with {@code code}, {@code severity}, {@code path}, {@code line}, {@code column},
     * {@code message} and {@code hint} in that order, unknown values as {@code null}.
     *
     * @param file        the file name as given on the command line
     * @param format      the format of the file
     * @param diagnostics the findings; the file is valid when none is an error
     * @return the line, without a line break
     */
    static String jsonLine(String file, Format format, List<Diagnostic> diagnostics) {
        ObjectNode line = jsonObject();
        line.put("file", file);
        line.put("format", format.extension());
        line.put("valid", diagnostics.stream().noneMatch(Diagnostic::isError));
        ArrayNode array = line.putArray("diagnostics");
        for (Diagnostic diagnostic : diagnostics) {
            ObjectNode entry = array.addObject();
            entry.put("code", diagnostic.code());
            entry.put("severity", diagnostic.severity().name());
            entry.put("path", diagnostic.path());
            entry.put("line", diagnostic.line());
            entry.put("column", diagnostic.column());
            entry.put("message", diagnostic.message());
            entry.put("hint", diagnostic.hint());
        }
        return jsonLine(line);
    }

    /**
     * Returns an empty JSON object to fill and print with {@link #jsonLine(ObjectNode)}.
     *
     * @return the object
     */
    static ObjectNode jsonObject() {
        return Json.MAPPER.createObjectNode();
    }

    /**
     * Writes a JSON object on one line, with a space after each colon and comma.
     *
     * @param object the object
     * @return the line, without a line break
     */
    static String jsonLine(ObjectNode object) {
        try {
            return Json.LINE.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            // Writing a tree of strings, numbers and nulls to a string cannot fail.
            throw new IllegalStateException(e);
        }
    }

    /** The JSON writer, in a class of its own: a cold ObjectMapper costs a tenth of a second that text output need not pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final ObjectWriter LINE = MAPPER.writer(new SpacedPrettyPrinter());
    }

    /** Writes JSON on one line with a space after each colon and comma. */
    private static final class SpacedPrettyPrinter extends MinimalPrettyPrinter {

        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }
    }
}
