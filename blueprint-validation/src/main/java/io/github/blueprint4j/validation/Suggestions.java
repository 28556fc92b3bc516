package io.github.blueprint4j.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Orders known names by how close they are to a name that was not found, for error messages. */
final class Suggestions {

    private Suggestions() {
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
        List<String> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(known));
        sorted.sort(Comparator.comparingInt((String k) -> k.toLowerCase(Locale.ROOT).startsWith(wanted) ? 0 : 1)
                .thenComparingInt(k -> distance(wanted, k.toLowerCase(Locale.ROOT)))
                .thenComparingInt(k -> -commonPrefix(wanted, k.toLowerCase(Locale.ROOT)))
                .thenComparing(k -> k));
        return sorted;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
