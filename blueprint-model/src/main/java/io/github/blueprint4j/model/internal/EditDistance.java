package io.github.blueprint4j.model.internal;

/**
 * The edit distance behind every "did you mean" of the library: unknown keys when reading,
 * unknown distributions, image types and policy names when validating. Not part of the API:
 * the package is exported only to the library's own modules.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * Returns how many single-character insertions, deletions, substitutions and swaps of two
     * neighbouring characters turn one string into the other (the optimal string alignment
     * distance), so that {@code timezome} is 1 from {@code timezone} and {@code hsot} 1 from {@code host}.
     *
     * @param a a string
     * @param b another string
     * @return the distance, 0 for equal strings
     */
    public static int between(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = value;
            }
            int[] reused = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = reused;
        }
        return previous[b.length()];
    }
}
