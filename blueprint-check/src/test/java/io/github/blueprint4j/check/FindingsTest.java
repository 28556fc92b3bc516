package io.github.blueprint4j.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.diagnostic.SourceLocation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final List<String> ABSENT = List.of("customizations.disk.partitions[1]", "customizations.user[0].uid");

    @Test
    void aFindingAtTheUnreadValueInsideItOrAtItsHolderIsLeftOut() {
        Set<String> errors = Set.of("customizations.disk.partitions[1].type", "customizations.user[0].uid");
        assertThat(Findings.causedByUnread("customizations.disk.partitions[1]", errors, ABSENT)).isTrue();
        assertThat(Findings.causedByUnread("customizations.disk.partitions[1].minsize", errors, ABSENT)).isTrue();
        assertThat(Findings.causedByUnread("customizations.disk.partitions", errors, ABSENT)).isTrue();
        assertThat(Findings.causedByUnread("customizations.user[0].uid", errors, ABSENT)).isTrue();
        assertThat(Findings.causedByUnread("customizations.user[0]", errors, ABSENT)).isTrue();
    }

    @Test
    void aFindingAtAReadingErrorIsLeftOutEvenWhenTheValueWasKept() {
        Set<String> errors = Set.of("customizations.files[0].path");
        assertThat(Findings.causedByUnread("customizations.files[0].path", errors, List.of())).isTrue();
        assertThat(Findings.causedByUnread("customizations.files[0]", errors, List.of())).isFalse();
    }

    @Test
    void findingsElsewhereAreKept() {
        Set<String> errors = Set.of("customizations.user[0].uid");
        assertThat(Findings.causedByUnread("customizations.user[0].name", errors, ABSENT)).isFalse();
        assertThat(Findings.causedByUnread("customizations.user", errors, ABSENT)).isFalse();
        assertThat(Findings.causedByUnread("customizations.disk.partitions[10]", errors, ABSENT)).isFalse();
        assertThat(Findings.causedByUnread("customizations.disk.partitions[0].minsize", errors, ABSENT)).isFalse();
        assertThat(Findings.causedByUnread("customizations.disk", errors, ABSENT)).isFalse();
        assertThat(Findings.causedByUnread(null, errors, ABSENT)).isFalse();
    }

    @Test
    void theHolderOfAValueIsOneStepUp() {
        assertThat(Findings.holder("a.b[2]")).isEqualTo("a.b");
        assertThat(Findings.holder("a.b[2].c")).isEqualTo("a.b[2]");
        assertThat(Findings.holder("name")).isNull();
    }

    @Test
    void theMergeIsInDocumentOrderReadingFirstAtOnePlaceAndUnlocatedLast() {
        Diagnostic readLate = at(Diagnostic.warning("GEN-UNKNOWN-KEY", "x", "m", null), 5, 1);
        Diagnostic readEarly = at(Diagnostic.error("USER-ID-INTEGER", "customizations.user[0].uid", "m", null), 3, 1);
        Diagnostic validationSamePlace = at(Diagnostic.warning("A", "y", "m", null), 5, 1);
        Diagnostic validationDropped = at(Diagnostic.error("B", "customizations.user[0].uid", "m", null), 3, 1);
        Diagnostic unlocated1 = Diagnostic.warning("C", "z", "m", null);
        Diagnostic unlocated2 = Diagnostic.warning("D", "a", "m", null);
        Diagnostic validationFirst = at(Diagnostic.warning("E", "name", "m", null), 1, 1);

        List<Diagnostic> merged = Findings.merge(List.of(readLate, readEarly), List.of("customizations.user[0].uid"),
                List.of(validationFirst, unlocated1, validationDropped, validationSamePlace, unlocated2));

        assertThat(merged).containsExactly(validationFirst, readEarly, readLate, validationSamePlace, unlocated1, unlocated2);
    }

    private static Diagnostic at(Diagnostic d, int line, int column) {
        return d.withLocation(new SourceLocation(line, column));
    }
}
