package io.github.blueprint4j.check;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceMap;
import io.github.blueprint4j.io.Format;
import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Objects;

/**
 * Everything one {@link BlueprintChecker#check(String) check} found: the findings of reading and
 * of validation in one list, in document order, and the blueprint as far as it could be read.
 * Immutable.
 */
public final class CheckReport {

    private final Blueprint blueprint;
    private final Format format;
    private final List<Diagnostic> diagnostics;
    private final SourceMap sourceMap;

    CheckReport(Blueprint blueprint, Format format, List<Diagnostic> diagnostics, SourceMap sourceMap) {
        this.blueprint = blueprint;
        this.format = format;
        this.diagnostics = List.copyOf(diagnostics);
        this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    }

    /**
     * Returns the blueprint as far as it could be read: a value that could not be read is
     * absent (and an error says why), everything else is there. Use it only when
     * {@link #isValid()} says the document is good, unless a partial blueprint is what you need.
     *
     * @return the blueprint, or {@code null} when nothing could be read (a syntax error, a
     *         document that is not a table)
     */
    public Blueprint blueprint() {
        return blueprint;
    }

    /**
     * Returns the format the document was read as.
     *
     * @return the format, or {@code null} for a blueprint checked with
     *         {@link BlueprintChecker#check(Blueprint)}, which was not read from text
     */
    public Format format() {
        return format;
    }

    /**
     * Returns every finding of reading and validation in document order: by line, then column;
     * findings at one place keep the order of reading, then validation; findings without a
     * location come last, in the order they were found.
     *
     * @return the findings: errors, warnings and remarks
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * Returns the errors.
     *
     * @return the findings of severity {@link Severity#ERROR}, in document order
     */
    public List<Diagnostic> errors() {
        return of(Severity.ERROR);
    }

    /**
     * Returns the warnings.
     *
     * @return the findings of severity {@link Severity#WARNING}, in document order
     */
    public List<Diagnostic> warnings() {
        return of(Severity.WARNING);
    }

    /**
     * Tells whether the document is a good blueprint: no finding is an error.
     *
     * @return {@code true} if there is no error
     */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /**
     * Returns where each field was written, to place findings of your own in the document.
     *
     * @return the source map; {@link SourceMap#NONE} when nothing could be read or the blueprint
     *         was not read from text
     */
    public SourceMap sourceMap() {
        return sourceMap;
    }

    private List<Diagnostic> of(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).toList();
    }

    /**
     * Returns a summary line ({@code valid} or {@code invalid}, with the number of errors and
     * warnings) and then one finding per line.
     *
     * @return the report as text
     */
    @Override
    public String toString() {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        StringBuilder out = new StringBuilder(errors == 0 ? "valid" : "invalid")
                .append(" (").append(count(errors, "error")).append(", ").append(count(warnings, "warning"))
                .append(", ").append(count(diagnostics.size(), "finding")).append(" in all)");
        diagnostics.forEach(d -> out.append('\n').append(d));
        return out.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
