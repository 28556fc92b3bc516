package io.github.blueprint4j.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.blueprint4j.diagnostic.Diagnostic;
import java.util.List;

/**
 * A Jackson {@code ObjectMapper} with the {@link BlueprintModule} was given a blueprint the
 * reader refuses. Carries every diagnostic of reading (rule code, severity, spec path, line and
 * column in the JSON document, message, hint), warnings included; its cause is the
 * {@link BlueprintParseException} the reader would have thrown, with the same diagnostics.
 *
 * <p>Frameworks that wrap Jackson's exceptions keep it as a cause: in Spring MVC, the
 * {@code HttpMessageNotReadableException} of a refused {@code @RequestBody Blueprint} has this
 * exception as its cause.
 */
public class BlueprintMappingException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    /** The findings; a list of records, all serializable in practice. */
    @SuppressWarnings("serial")
    private final List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param parser the parser that read the blueprint, for Jackson's location of the failure
     * @param cause  the reader's refusal, with every diagnostic
     */
    public BlueprintMappingException(JsonParser parser, BlueprintParseException cause) {
        super(parser, cause.getMessage(), cause);
        this.diagnostics = cause.diagnostics();
    }

    /**
     * Returns every finding, errors and warnings, in the reader's order.
     *
     * @return the findings
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns only the errors.
     *
     * @return the errors, at least one
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
