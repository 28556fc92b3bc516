package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The helpers of the disk rules: UUID and DOS type syntax, {@code path.Clean}, repeated values. */
class DiskHelpersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "12345678-1234-1234-1234-1234567890ab",
        "0FC63DAF-8483-4772-8E79-3D69D8477DE4",
        "urn:uuid:12345678-1234-1234-1234-1234567890ab",
        "URN:UUID:12345678-1234-1234-1234-1234567890AB",
        "{12345678-1234-1234-1234-1234567890ab}",
        "(12345678-1234-1234-1234-1234567890ab)",
        "12345678123412341234123456789aBc"})
    void uuidsAsGoParsesThem(String text) {
        assertThat(PartitionIds.isUuid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "12345678-", "12345678-1234-1234-1234-1234567890a", "12345678-1234-1234-1234-1234567890abc",
        "12345678-uuid-1234-1234-1234567890ab", "123456781-234-1234-1234-1234567890ab",
        "urn:uuix:12345678-1234-1234-1234-1234567890ab", "1234567812341234123412345678 9ab",
        "12345678-1234-1234-1234-1234567890a\u00e9", "\u00e912345678-1234-1234-1234-1234567890a"})
    void notUuids(String text) {
        assertThat(PartitionIds.isUuid(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"83,true", "eF,true", "00,true", "8,false", "083,false", "0x,false", "g1,false"})
    void dosTypes(String text, boolean valid) {
        assertThat(PartitionIds.isDosType(text)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"/,/", "//,/", "/a/,/a", "/a//b,/a/b", "/a/./b,/a/b", "/a/../b,/b", "/../a,/a", "/a/b/..,/a", "/.,/"})
    void cleanAsGoDoes(String path, String clean) {
        assertThat(DiskLayout.clean(path)).isEqualTo(clean);
    }

    @Test
    void repeatsAreTheLaterOccurrencesOfSetValues() {
        List<String> values = Arrays.asList("a", null, "b", "a", "", null, "", "b", "a");
        assertThat(RepeatedValues.laterOccurrences(values)).containsExactly(3, 7, 8);
        assertThat(RepeatedValues.laterOccurrences(List.of())).isEmpty();
    }
}
