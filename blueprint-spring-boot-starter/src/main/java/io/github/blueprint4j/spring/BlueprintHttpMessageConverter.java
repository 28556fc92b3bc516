package io.github.blueprint4j.spring;

import io.github.blueprint4j.check.BlueprintChecker;
import io.github.blueprint4j.check.CheckReport;
import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Blueprints;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads and writes {@link Blueprint} as {@code application/json} and {@code application/toml}
 * with the library's own reader and writer, independent of the application's JSON library.
 * Thread-safe.
 *
 * <p>Reading applies the reader's rules (types, unknown keys under the checker's strictness, the
 * accepted shapes of sizes, owners and modes); a body that cannot be read is refused with a
 * {@link BlueprintRejectedException} listing every finding with its line and column. When the
 * controller parameter asks for validation ({@code @Valid} or {@code @Validated}), the whole
 * check of the {@link BlueprintChecker} runs instead, and a body with any error, of reading or of
 * a rule, is refused with every finding of both in one list; when the parameter is followed by an
 * {@code Errors} ({@code BindingResult}) parameter, the body is taken (as far as it could be read)
 * and the errors go there, one {@code FieldError} per finding at its path in the format's key
 * names ({@code ObjectError} for the document as a whole), the finding itself behind
 * {@code error.unwrap(Diagnostic.class)}, with its line, column and hint. Bodies are UTF-8.
 *
 * <p>Writing gives {@link Blueprints#toJson(Blueprint)} or {@link Blueprints#toToml(Blueprint)}.
 * The auto-configuration registers one; add one yourself to a {@code RestClient} or
 * {@code RestTemplate} to exchange blueprints with a server.
 */
public class BlueprintHttpMessageConverter extends AbstractHttpMessageConverter<Blueprint> {

    /** The media type of TOML documents, {@code application/toml}. */
    public static final MediaType APPLICATION_TOML = new MediaType("application", "toml");

    private final BlueprintChecker checker;
    private final BlueprintReader reader;

    /**
     * Creates a converter that reads with the checker's strictness and, where validation is asked
     * for, checks with the checker.
     *
     * @param checker the checker
     */
    public BlueprintHttpMessageConverter(BlueprintChecker checker) {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, APPLICATION_TOML);
        this.checker = Objects.requireNonNull(checker, "checker");
        this.reader = BlueprintReader.builder().strict(checker.isStrict()).build();
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return Blueprint.class.isAssignableFrom(clazz);
    }

    @Override
    protected Blueprint readInternal(Class<? extends Blueprint> clazz, HttpInputMessage inputMessage)
            throws IOException {
        String text = text(inputMessage);
        Format format = format(inputMessage.getHeaders().getContentType());
        if (format == null) {
            format = Format.detect(text);
        }
        if (inputMessage instanceof ValidationRequested requested) {
            CheckReport report = checker.check(text, format);
            if (report.blueprint() == null) {
                throw BlueprintRejectedException.unreadable(report.diagnostics(), inputMessage);
            }
            if (!report.isValid() && !requested.intoErrors) {
                throw BlueprintRejectedException.invalid(report.diagnostics(), inputMessage);
            }
            requested.report = report;
            return report.blueprint();
        }
        try {
            return reader.read(text, format).blueprint();
        } catch (BlueprintParseException e) {
            throw BlueprintRejectedException.unreadable(e.diagnostics(), inputMessage);
        }
    }

    @Override
    protected void writeInternal(Blueprint blueprint, HttpOutputMessage outputMessage) throws IOException {
        String document = format(outputMessage.getHeaders().getContentType()) == Format.TOML
                ? Blueprints.toToml(blueprint)
                : Blueprints.toJson(blueprint);
        outputMessage.getBody().write(document.getBytes(StandardCharsets.UTF_8));
    }

    /** The format of a media type: TOML for {@code application/toml}, JSON for JSON types, else {@code null}. */
    private static Format format(MediaType type) {
        if (type == null) {
            return null;
        }
        String subtype = type.getSubtype();
        if (subtype.equals(APPLICATION_TOML.getSubtype())) {
            return Format.TOML;
        }
        return subtype.equals("json") || subtype.endsWith("+json") ? Format.JSON : null;
    }

    private static String text(HttpInputMessage inputMessage) throws IOException {
        byte[] bytes = inputMessage.getBody().readAllBytes();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw BlueprintRejectedException.unreadable(List.of(Diagnostic.error("GEN-SYNTAX", null,
                    "The request body is not valid UTF-8 text.", "send the blueprint as UTF-8")), inputMessage);
        }
    }

    /**
     * A request body whose parameter asks for validation; the {@link BlueprintRequestBodyAdvice}
     * marks it, this converter then runs the whole check and keeps its report here. When the
     * parameter is followed by an {@code Errors} ({@code BindingResult}) parameter, the findings go
     * there instead of refusing the request.
     */
    static final class ValidationRequested implements HttpInputMessage {
        private final HttpInputMessage body;
        /** Whether the controller takes the findings in an {@code Errors} parameter. */
        final boolean intoErrors;
        /** The report of the check, once the body is read. */
        CheckReport report;

        ValidationRequested(HttpInputMessage body, boolean intoErrors) {
            this.body = body;
            this.intoErrors = intoErrors;
        }

        @Override
        public InputStream getBody() throws IOException {
            return body.getBody();
        }

        @Override
        public HttpHeaders getHeaders() {
            return body.getHeaders();
        }
    }
}
