package io.github.blueprint4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff of two texts by lines, as {@code diff -u} and {@code gofmt -d} print it: a
 * {@code ---} and a {@code +++} line naming the two, then hunks with three lines of context. The
 * lines that differ are found with Myers' algorithm (the shortest edit script).
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    /** One step of an edit script: a line kept, removed from the old text or added from the new. */
    private record Step(char kind, int oldLine, int newLine) {
    }

    private UnifiedDiff() {
    }

    /**
     * Returns the unified diff of two texts.
     *
     * @param oldName the name of the old text, for the {@code ---} line
     * @param oldText the old text
     * @param newName the name of the new text, for the {@code +++} line
     * @param newText the new text
     * @return the diff, every line ending with {@code \n}; empty when the texts have the same lines
     */
    static String of(String oldName, String oldText, String newName, String newText) {
        List<String> a = oldText.lines().toList();
        List<String> b = newText.lines().toList();
        List<Step> script = script(a, b);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).kind() == ' ') {
                i++;
                continue;
            }
            // a hunk: from CONTEXT kept lines before the first change to CONTEXT after the last one
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int kept = 0;
            for (int k = i; k < script.size() && kept <= 2 * CONTEXT; k++) {
                if (script.get(k).kind() == ' ') {
                    kept++;
                } else {
                    kept = 0;
                    end = k;
                }
            }
            int stop = Math.min(script.size(), end + CONTEXT + 1);
            if (out.isEmpty()) {
                out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
            }
            appendHunk(out, script.subList(start, stop), a, b);
            i = stop;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Step> hunk, List<String> a, List<String> b) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        StringBuilder body = new StringBuilder();
        for (Step step : hunk) {
            if (step.kind() != '+') {
                oldStart = oldStart < 0 ? step.oldLine() : oldStart;
                oldCount++;
            }
            if (step.kind() != '-') {
                newStart = newStart < 0 ? step.newLine() : newStart;
                newCount++;
            }
            String line = step.kind() == '+' ? b.get(step.newLine()) : a.get(step.oldLine());
            body.append(step.kind()).append(line).append('\n');
        }
        out.append("@@ -").append(range(oldStart, oldCount, hunk.get(0).oldLine()))
                .append(" +").append(range(newStart, newCount, hunk.get(0).newLine())).append(" @@\n")
                .append(body);
    }

    /** Writes a hunk's range: its first line (1-based) and its length; an empty range names the line before it. */
    private static String range(int start, int count, int position) {
        int first = count == 0 ? position : start + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    /**
     * Returns the shortest edit script from {@code a} to {@code b} (Myers 1986): for each edit
     * distance d, the furthest point reached on each diagonal, kept to walk back from the end.
     */
    private static List<Step> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(Arrays.copyOf(v, v.length));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] previous = trace.get(d);
            int k = x - y;
            int prevK = k == -d || k != d && previous[offset + k - 1] < previous[offset + k + 1] ? k + 1 : k - 1;
            int prevX = previous[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                steps.add(new Step(' ', --x, --y));
            }
            if (x == prevX) {
                steps.add(new Step('+', x, --y));
            } else {
                steps.add(new Step('-', --x, y));
            }
        }
        while (x > 0 && y > 0) {
            steps.add(new Step(' ', --x, --y));
        }
        java.util.Collections.reverse(steps);
        return steps;
    }
}
