package io.github.blueprint4j.check;

import io.github.blueprint4j.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the findings of reading and of validation into one list.
 *
 * <p>A value that could not be read is absent from the blueprint that is validated (a list entry
 * is replaced by an empty one), and an error of reading already says why. A validation finding
 * is therefore left out when it is at
 * <ul>
 *   <li>the path of a reading error (the same value, judged twice), or</li>
 *   <li>the path of a value that could not be read, a path inside it, or the path of the table
 *       or list directly holding it (rules on the holder see the value missing).</li>
 * </ul>
 * Every other finding of both is kept.
 */
final class Findings {

    /** By line, then column; findings without a line or column last. The sort is stable. */
    private static final Comparator<Diagnostic> DOCUMENT_ORDER = Comparator
            .comparing((Diagnostic d) -> d.line() == null ? Integer.MAX_VALUE : d.line())
            .thenComparing(d -> d.column() == null ? Integer.MAX_VALUE : d.column());

    private Findings() {
    }

    /**
     * Merges the findings.
     *
     * @param read        the findings of reading, in the reader's order
     * @param absentPaths the paths of the values that could not be read
     * @param validation  the findings of validating what was read, in the validator's order
     * @return both, without the validation findings the unread values caused, in document order
     */
    static List<Diagnostic> merge(List<Diagnostic> read, List<String> absentPaths, List<Diagnostic> validation) {
        List<Diagnostic> all = new ArrayList<>(read.size() + validation.size());
        all.addAll(read);
        if (validation.isEmpty()) {
            all.sort(DOCUMENT_ORDER);
            return all;
        }
        Set<String> errorPaths = new HashSet<>();
        for (Diagnostic d : read) {
            if (d.isError() && d.path() != null) {
                errorPaths.add(d.path());
            }
        }
        for (Diagnostic d : validation) {
            if (!causedByUnread(d.path(), errorPaths, absentPaths)) {
                all.add(d);
            }
        }
        all.sort(DOCUMENT_ORDER);
        return all;
    }

    /** Tells whether a validation finding at the path restates a reading error or an unread value. */
    static boolean causedByUnread(String path, Set<String> errorPaths, List<String> absentPaths) {
        if (path == null) {
            return false;
        }
        if (errorPaths.contains(path)) {
            return true;
        }
        for (String absent : absentPaths) {
            if (path.equals(absent) || isInside(path, absent) || path.equals(holder(absent))) {
                return true;
            }
        }
        return false;
    }

    /** Tells whether a path lies inside another: {@code a.b[0].c} inside {@code a.b} and {@code a.b[0]}. */
    static boolean isInside(String path, String outer) {
        return path.length() > outer.length() && path.startsWith(outer)
                && (path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
    }

    /**
     * Returns the path of the table or list directly holding a value: {@code a.b} for
     * {@code a.b[2]} and {@code a.b[2]} for {@code a.b[2].c}; {@code null} for a key of the document.
     */
    static String holder(String path) {
        int end = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return end <= 0 ? null : path.substring(0, end);
    }
}
