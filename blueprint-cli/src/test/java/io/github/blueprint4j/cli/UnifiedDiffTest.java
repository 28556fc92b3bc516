package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void sameLinesGiveNoDiff() {
        assertThat(UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
    }

    @Test
    void distantChangesGetHunksOfTheirOwnWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String after = "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n";

        assertThat(UnifiedDiff.of("a", before, "b", after)).isEqualTo("--- a\n+++ b\n"
                + "@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n"
                + "@@ -9,4 +10,3 @@\n 9\n 10\n 11\n-12\n");
    }

    @Test
    void nearChangesShareAHunk() {
        assertThat(UnifiedDiff.of("a", "a\nb\nc\nd\ne\n", "b", "a\nB\nc\nD\ne\n")).isEqualTo("--- a\n+++ b\n"
                + "@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n-d\n+D\n e\n");
    }

    @Test
    void addingToAnEmptyTextStartsAtLineZero() {
        assertThat(UnifiedDiff.of("a", "", "b", "x\n")).isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
    }
}
