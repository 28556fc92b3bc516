package io.github.blueprint4j.interchange.internal;

import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.diagnostic.SourceLocation;
import io.github.blueprint4j.interchange.Loss;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Collects the loss report of one conversion, with the source's line and column where it has them. */
public final class Report {

    /** The codes of {@link Loss}, one place for their spelling. */
    public static final String DROPPED = "IX-DROPPED";
    /** Written with part of it lost. */
    public static final String LOSSY = "IX-LOSSY";
    /** Written in another form with the same effect. */
    public static final String REWRITTEN = "IX-REWRITTEN";
    /** Needed from the caller. */
    public static final String CALLER = "IX-CALLER";
    /** Refused by the target schema; not written. */
    public static final String REFUSED = "IX-REFUSED";
    /** Written; whether the target honours it is not verified. */
    public static final String UNVERIFIED = "IX-UNVERIFIED";
    /** A legacy wrapper removed. */
    public static final String UNWRAPPED = "IX-UNWRAPPED";

    /** The hint of a value the caller may give in the blueprint or in the conversion options. */
    public static final String IN_BLUEPRINT_OR_OPTIONS = "give one in the blueprint or the conversion options";
    /** The hint of a value only the conversion options can give. */
    public static final String IN_OPTIONS = "give one in the conversion options";

    private final List<Loss> losses = new ArrayList<>();
    private final Function<String, SourceLocation> locate;
    private final String targetName;

    /**
     * Creates an empty report.
     *
     * @param targetName the target shape as the messages name it ("the hosted service", ...)
     * @param locate     finds the line and column of a source path, or returns null
     */
    public Report(String targetName, Function<String, SourceLocation> locate) {
        this.targetName = targetName;
        this.locate = locate;
    }

    /**
     * Returns the target shape's name for messages.
     *
     * @return the name
     */
    public String targetName() {
        return targetName;
    }

    /**
     * Adds an entry.
     *
     * @param code       the code
     * @param sourcePath the source path, or null
     * @param targetPath the target path, or null
     * @param message    the message
     * @param hint       the hint, or null
     */
    public void add(String code, String sourcePath, String targetPath, String message, String hint) {
        Severity severity = code.equals(REWRITTEN) || code.equals(UNWRAPPED) ? Severity.INFO : Severity.WARNING;
        SourceLocation location = sourcePath == null ? null : locate.apply(sourcePath);
        losses.add(new Loss(code, severity, sourcePath, targetPath, location, message, hint));
    }

    /**
     * Reports, as {@link #CALLER}, a value the target needs that neither the source nor the
     * caller gave.
     *
     * @param value      the value, or null when it is missing
     * @param targetPath the target path
     * @param message    what is missing and why the target needs it
     * @param hint       where the caller can give it ({@link #IN_BLUEPRINT_OR_OPTIONS}, {@link #IN_OPTIONS})
     * @return whether the value is there
     */
    public boolean needed(Object value, String targetPath, String message, String hint) {
        if (value != null) {
            return true;
        }
        add(CALLER, null, targetPath, message, hint);
        return false;
    }

    /**
     * Reports a value the target has no place for.
     *
     * @param sourcePath the value's path
     * @param why        why it has no place, a sentence, or null for the generic one
     */
    public void dropped(String sourcePath, String why) {
        add(DROPPED, sourcePath, null,
                why != null ? why : sourcePath + " has no counterpart in " + targetName + "; it is not written.",
                null);
    }

    /**
     * Returns the entries, in the order of the source document (entries without a location
     * keep their place after those with one before them).
     *
     * @return the entries
     */
    public List<Loss> losses() {
        List<Loss> sorted = new ArrayList<>(losses);
        sorted.sort(Comparator.comparing((Loss loss) -> loss.location() == null ? Integer.MAX_VALUE : loss.location().line())
                .thenComparing(loss -> loss.location() == null ? Integer.MAX_VALUE : loss.location().column()));
        return sorted;
    }
}
