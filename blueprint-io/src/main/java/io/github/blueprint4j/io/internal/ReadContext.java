package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.Severity;
import io.github.blueprint4j.io.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one read: the format, the options, the findings so far and the path of the
 * value being read. The path is a stack of segments rendered only when a finding needs it,
 * so reading a clean document allocates nothing for paths.
 */
final class ReadContext {

    final Format format;
    final boolean strict;
    final ReadLimits limits;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Paths of the values that were given but could not be read, in the order met. */
    final List<String> absent = new ArrayList<>();
    private boolean failed;
    /** Findings beyond {@link ReadLimits#maxFindings}: counted, the first one's path and the worst severity kept. */
    private int unlisted;
    private String firstUnlisted;
    private Severity unlistedSeverity = Severity.INFO;
    /** Unknown keys met, listed or not, and the path of the first one not listed. */
    private int unknownKeys;
    private String firstUnlistedUnknownKey;

    private Object[] segments = new Object[16];
    private int depth;

    ReadContext(Format format, boolean strict, ReadLimits limits) {
        this.format = format;
        this.strict = strict;
        this.limits = limits;
    }

    /** Enters a key of the current table. */
    void push(String key) {
        grow();
        segments[depth++] = key;
    }

    /** Enters an element of the current list. */
    void push(int index) {
        grow();
        segments[depth++] = index;
    }

    /** Leaves the innermost key or element. */
    void pop() {
        segments[--depth] = null;
    }

    /** Returns {@code true} if an error was reported. */
    boolean failed() {
        return failed;
    }

    /** Renders the current path, or {@code null} at the root. */
    String path() {
        String path = null;
        for (int i = 0; i < depth; i++) {
            Object segment = segments[i];
            path = segment instanceof Integer index ? Paths.index(path, index) : Paths.key(path, (String) segment);
        }
        return path;
    }

    /** Renders the path of a key of the current table. */
    String path(String key) {
        return Paths.key(path(), key);
    }

    /** Records that the value on the current path was given but could not be read (an error says why). */
    void absent() {
        absent.add(path());
    }

    /** Reports an error on the current path. */
    void error(String code, String message, String hint) {
        report(code, Severity.ERROR, path(), message, hint);
    }

    /** Reports an error on a key of the current table. */
    void errorAt(String key, String code, String message, String hint) {
        report(code, Severity.ERROR, path(key), message, hint);
    }

    /** Reports a warning on the current path. */
    void warning(String code, String message, String hint) {
        report(code, Severity.WARNING, path(), message, hint);
    }

    /** Reports a remark on the current path. */
    void info(String code, String message, String hint) {
        report(code, Severity.INFO, path(), message, hint);
    }

    /**
     * Reports a finding. Beyond {@link ReadLimits#maxFindings} findings are only counted, so that
     * a document with a mistake repeated a million times costs no more than its text.
     */
    void report(String code, Severity severity, String path, String message, String hint) {
        if (severity == Severity.ERROR) {
            failed = true;
        }
        if (diagnostics.size() < limits.maxFindings()) {
            diagnostics.add(new Diagnostic(code, severity, path, null, message, hint));
            return;
        }
        if (unlisted++ == 0) {
            firstUnlisted = path;
        }
        if (severity.compareTo(unlistedSeverity) < 0) {
            unlistedSeverity = severity;
        }
    }

    /**
     * Counts an unknown key of the current table and tells whether it is to be reported one by
     * one: the first {@value ReadLimits#LISTED_UNKNOWN_KEYS} of a document are, the rest are
     * summed up in one finding by {@link #findings()} (an error in strict mode).
     */
    boolean listUnknownKey(String key) {
        if (++unknownKeys <= ReadLimits.LISTED_UNKNOWN_KEYS) {
            return true;
        }
        if (strict) {
            failed = true;
        }
        if (firstUnlistedUnknownKey == null) {
            firstUnlistedUnknownKey = path(key);
        }
        return false;
    }

    /** Returns the findings, with the ones that sum up what was not listed one by one at the end. */
    List<Diagnostic> findings() {
        if (firstUnlistedUnknownKey != null) {
            int more = unknownKeys - ReadLimits.LISTED_UNKNOWN_KEYS;
            diagnostics.add(new Diagnostic("GEN-UNKNOWN-KEY", strict ? Severity.ERROR : Severity.WARNING,
                    firstUnlistedUnknownKey, null, String.format(java.util.Locale.ROOT,
                            "%,d more keys that the format does not define are not listed one by one; this is the first of them.",
                            more), strict ? null : "the server ignores them"));
        }
        if (unlisted > 0) {
            diagnostics.add(new Diagnostic("GEN-LIMIT-FINDINGS", unlistedSeverity == Severity.ERROR ? Severity.ERROR
                    : Severity.WARNING, firstUnlisted, null, String.format(java.util.Locale.ROOT,
                    "%,d more findings are not listed: a read lists at most %,d; this is the first of them.",
                    unlisted, limits.maxFindings()), "fix the findings listed, or raise the reader's maxFindings"));
        }
        return diagnostics;
    }

    private void grow() {
        if (depth == segments.length) {
            segments = java.util.Arrays.copyOf(segments, depth * 2);
        }
    }
}
