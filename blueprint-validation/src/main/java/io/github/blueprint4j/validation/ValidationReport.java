package io.github.blueprint4j.validation;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import java.util.List;

/**
 * What validation found: every diagnostic, in document order when the blueprint was read from
 * text (by path otherwise).
 *
 * @param diagnostics the findings: errors, warnings and remarks
 */
public record ValidationReport(List<Diagnostic> diagnostics) {

    /**
     * Copies the findings.
     *
     * @param diagnostics the findings
     */
    public ValidationReport {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Tells whether the blueprint is valid: no finding is an error.
     *
     * @return {@code true} if there is no error
     */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /**
     * Returns the errors.
     *
     * @return the findings of severity {@link Severity#ERROR}
     */
    public List<Diagnostic> errors() {
        return of(Severity.ERROR);
    }

    /**
     * Returns the warnings.
     *
     * @return the findings of severity {@link Severity#WARNING}
     */
    public List<Diagnostic> warnings() {
        return of(Severity.WARNING);
    }

    private List<Diagnostic> of(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).toList();
    }

    /** Returns one finding per line. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(d).append('\n'));
        return out.toString();
    }
}
