package io.github.blueprint4j.spring;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;

/**
 * A request body that is not a good blueprint, with every finding; answered with status 400 and
 * its {@linkplain #getBody() problem detail} (RFC 9457, {@code application/problem+json}):
 *
 * <pre>{@code
 * {
 *   "type": "urn:blueprint4j:problem:invalid-blueprint",
 *   "title": "The blueprint is not valid",
 *   "status": 400,
 *   "detail": "2 errors, 1 warning; the first: 6:7: ERROR USER-ID-INTEGER customizations.user[0].uid: ...",
 *   "instance": "/blueprints",
 *   "diagnostics": [
 *     {"code": "GEN-UNKNOWN-KEY", "severity": "ERROR", "path": "customizations.timezome",
 *      "line": 3, "column": 1, "message": "...", "hint": "did you mean \"timezone\"?"},
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * <p>Each member of {@code diagnostics} has {@code code} (the rule id), {@code severity}
 * ({@code ERROR}, {@code WARNING}, {@code INFO}) and {@code message}, and, when known,
 * {@code path} (the spec's key names), {@code line}, {@code column} (from 1, in the request body)
 * and {@code hint}. Errors, warnings and remarks are all listed, in document order.
 */
public class BlueprintRejectedException extends HttpMessageNotReadableException implements ErrorResponse {

    /** The problem type of a body that cannot be read as a blueprint (reading errors). */
    public static final URI UNREADABLE = URI.create("urn:blueprint4j:problem:unreadable-blueprint");

    /** The problem type of a blueprint refused by the checks asked for with {@code @Valid}. */
    public static final URI INVALID = URI.create("urn:blueprint4j:problem:invalid-blueprint");

    private static final long serialVersionUID = 1L;

    /** The findings; a list of records, all serializable in practice. */
    @SuppressWarnings("serial")
    private final List<Diagnostic> diagnostics;

    private final ProblemDetail body;

    private BlueprintRejectedException(URI type, String title, List<Diagnostic> diagnostics,
                                       HttpInputMessage inputMessage) {
        super(title + ": " + summary(diagnostics), inputMessage);
        this.diagnostics = List.copyOf(diagnostics);
        this.body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, summary(diagnostics));
        body.setType(type);
        body.setTitle(title);
        body.setProperty("diagnostics", this.diagnostics.stream().map(BlueprintRejectedException::member).toList());
    }

    /**
     * A body that cannot be read as a blueprint.
     *
     * @param diagnostics  every finding of reading, at least one an error
     * @param inputMessage the request body
     * @return the exception
     */
    static BlueprintRejectedException unreadable(List<Diagnostic> diagnostics, HttpInputMessage inputMessage) {
        return new BlueprintRejectedException(UNREADABLE, "The blueprint cannot be read", diagnostics, inputMessage);
    }

    /**
     * A blueprint the checks refuse.
     *
     * @param diagnostics  every finding of reading and validation, at least one an error
     * @param inputMessage the request body
     * @return the exception
     */
    static BlueprintRejectedException invalid(List<Diagnostic> diagnostics, HttpInputMessage inputMessage) {
        return new BlueprintRejectedException(INVALID, "The blueprint is not valid", diagnostics, inputMessage);
    }

    /**
     * Returns every finding, errors, warnings and remarks, in document order.
     *
     * @return the findings
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns 400 Bad Request.
     *
     * @return the status of the answer
     */
    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.BAD_REQUEST;
    }

    /**
     * Returns the problem detail of the answer, with the findings in its {@code diagnostics} member.
     *
     * @return the problem detail
     */
    @Override
    public ProblemDetail getBody() {
        return body;
    }

    /** One finding as a JSON object: the members that are known, in a fixed order. */
    private static Map<String, Object> member(Diagnostic d) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("code", d.code());
        member.put("severity", d.severity().name());
        putIfKnown(member, "path", d.path());
        putIfKnown(member, "line", d.line());
        putIfKnown(member, "column", d.column());
        member.put("message", d.message());
        putIfKnown(member, "hint", d.hint());
        return member;
    }

    private static void putIfKnown(Map<String, Object> member, String name, Object value) {
        if (value != null) {
            member.put(name, value);
        }
    }

    /** {@code 2 errors, 1 warning; the first: <the first error>}. */
    private static String summary(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        String counts = count(errors.size(), "error") + ", " + count(warnings, "warning");
        return errors.isEmpty() ? counts : counts + "; the first: " + errors.get(0);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
