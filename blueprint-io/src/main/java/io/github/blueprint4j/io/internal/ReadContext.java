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
    final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Paths of the values that were given but could not be read, in the order met. */
    final List<String> absent = new ArrayList<>();
    private boolean failed;

    private Object[] segments = new Object[16];
    private int depth;

    ReadContext(Format format, boolean strict) {
        this.format = format;
        this.strict = strict;
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

    /** Reports a finding. */
    void report(String code, Severity severity, String path, String message, String hint) {
        if (severity == Severity.ERROR) {
            failed = true;
        }
        diagnostics.add(new Diagnostic(code, severity, path, null, message, hint));
    }

    private void grow() {
        if (depth == segments.length) {
            segments = java.util.Arrays.copyOf(segments, depth * 2);
        }
    }
}
