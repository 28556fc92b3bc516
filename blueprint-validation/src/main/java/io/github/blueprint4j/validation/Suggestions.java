package io.github.blueprint4j.validation;

import io.github.blueprint4j.model.internal.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Orders known names by how close they are to a name that was not found, for error messages. */
final class Suggestions {

    /** How many names a message lists; the exception keeps them all. */
    static final int LISTED = 5;

    private Suggestions() {
    }

    /**
     * Lists the first names for a message: {@code a, b, c, d, e and 60 more}.
     *
     * @param closestFirst the names, closest first
     * @return the list, at most {@value #LISTED} names and how many more there are
     */
    static String listed(List<String> closestFirst) {
        if (closestFirst.size() <= LISTED) {
            return String.join(", ", closestFirst);
        }
        return String.join(", ", closestFirst.subList(0, LISTED)) + " and " + (closestFirst.size() - LISTED) + " more";
    }

    /**
     * Returns the known names, closest to the given one first: names that begin with it, then by
     * edit distance, ignoring case, then by the length of the common beginning, then alphabetically.
     *
     * @param name  what the user wrote
     * @param known the names that exist
     * @return every known name, once, closest first
     */
    static List<String> closestFirst(String name, Collection<String> known) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(known));
        sorted.sort(Comparator.comparingInt((String k) -> k.toLowerCase(Locale.ROOT).startsWith(wanted) ? 0 : 1)
                .thenComparingInt(k -> EditDistance.between(wanted, k.toLowerCase(Locale.ROOT)))
                .thenComparingInt(k -> -commonPrefix(wanted, k.toLowerCase(Locale.ROOT)))
                .thenComparing(k -> k));
        return sorted;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
