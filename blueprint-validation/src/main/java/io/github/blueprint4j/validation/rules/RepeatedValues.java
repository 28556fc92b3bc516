package io.github.blueprint4j.validation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds values that repeat an earlier one in a list, for the rules that want names or
 * mountpoints to be unique: the first occurrence is fine, every later one is the finding.
 */
final class RepeatedValues {

    private RepeatedValues() {
    }

    /**
     * Returns the positions whose value already occurred at an earlier position. Absent and
     * empty values are never repeats: the reference generates a value for them.
     *
     * @param values the values in list order, {@code null} for absent
     * @return the positions of the repeats, in ascending order
     */
    static List<Integer> laterOccurrences(List<String> values) {
        Set<String> seen = new HashSet<>();
        List<Integer> repeats = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null && !value.isEmpty() && !seen.add(value)) {
                repeats.add(i);
            }
        }
        return repeats;
    }
}
