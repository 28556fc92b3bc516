package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.model.internal.EditDistance;
import java.util.List;
import java.util.Locale;

/**
 * Finds the key a user probably meant when a document holds a key the format does not define:
 * the same key in another case or with {@code _} and {@code -} swapped or dropped
 * ({@code ssl_verify} for {@code sslverify}, {@code tls_verify} for {@code tls-verify}), a key
 * with a prefix ({@code lv_name} for {@code name}), or a small typo ({@code timezome}).
 */
final class KeySuggester {

    private KeySuggester() {
    }

    /**
     * Returns the best candidate, or {@code null} when none is close enough.
     *
     * @param unknown    the key found in the document
     * @param candidates the keys the table defines
     */
    static String suggest(String unknown, List<String> candidates) {
        String folded = fold(unknown);
        for (String candidate : candidates) {
            if (fold(candidate).equals(folded)) {
                return candidate;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.min(2, Math.max(1, folded.length() / 3));
        for (String candidate : candidates) {
            String other = fold(candidate);
            // the distance is at least the difference in length: a key of thousands of characters
            // costs no quadratic comparison with every candidate
            if (Math.abs(other.length() - folded.length()) > limit) {
                continue;
            }
            int distance = EditDistance.between(folded, other);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best;
        }
        String lower = unknown.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (lower.endsWith("_" + c) || lower.endsWith("-" + c) || lower.startsWith(c + "_") || lower.startsWith(c + "-")) {
                return candidate;
            }
        }
        return null;
    }

    /** Lower case without {@code _} and {@code -}. */
    private static String fold(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '_' && c != '-') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
