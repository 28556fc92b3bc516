package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's version handling: osbuild-composer's {@code PushBlueprint} (bump only when the
 * pushed version string equals the stored one) with the reference's {@code BumpVersion} and
 * {@code coreos/go-semver} parsing; see compat-notes §7 and validation-rules Appendix B.
 */
class VersionsTest {

    @ParameterizedTest(name = "stored {0}, pushed {1} -> {2}")
    @CsvSource(nullValues = "null", delimiter = '|', textBlock = """
            # same version: PATCH + 1
            1.2.3          | 1.2.3          | 1.2.4
            0.0.0          | 0.0.0          | 0.0.1
            4.2.0          | 4.2.0          | 4.2.1
            1.2.9          | 1.2.9          | 1.2.10
            # same version with pre-release or build metadata: both dropped
            1.2.3-rc.1     | 1.2.3-rc.1     | 1.2.4
            1.0.0-rc.1     | 1.0.0-rc.1     | 1.0.1
            1.2.3+build.5  | 1.2.3+build.5  | 1.2.4
            1.2.3-rc.1+b.5 | 1.2.3-rc.1+b.5 | 1.2.4
            1.0.0-         | 1.0.0-         | 1.0.1
            1.0.0-01       | 1.0.0-01       | 1.0.1
            # different version: stored as pushed, even when lower
            1.0.0          | 0.5.0          | 0.5.0
            1.2.3          | 2.0.0          | 2.0.0
            1.2.3          | 1.2.3-rc.1     | 1.2.3-rc.1
            1.2.3-rc.1     | 1.2.3          | 1.2.3
            1.2.3+a        | 1.2.3+b        | 1.2.3+b
            # pushed without a version: 0.0.0 first, then compared
            1.2.3          | ''             | 0.0.0
            1.2.3          | null           | 0.0.0
            0.0.0          | ''             | 0.0.1
            0.0.0          | null           | 0.0.1
            # stored version not valid: no bump
            foo            | foo            | foo
            v1.2.3         | v1.2.3         | v1.2.3
            1.2            | 1.2            | 1.2
            1.2.3.4        | 1.2.3.4        | 1.2.3.4
            1.2.3-rc_1     | 1.2.3-rc_1     | 1.2.3-rc_1
            foo            | 1.0.0          | 1.0.0
            # nothing stored yet
            null           | 1.2.3          | 1.2.3
            null           | ''             | 0.0.0
            """)
    void bumpsAsTheServerDoes(String stored, String pushed, String expected) {
        assertThat(Versions.bump(stored, pushed)).isEqualTo(expected);
    }

    /**
     * Leading zeros: the reference's parser reads the numbers with {@code strconv.ParseInt}, which
     * accepts them, and writes them with {@code %d}, which drops them. The versions are compared
     * as strings before parsing, so {@code 01.2.3} and {@code 1.2.3} are different versions.
     */
    @ParameterizedTest(name = "stored {0}, pushed {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            01.2.3   | 01.2.3   | 1.2.4
            1.02.003 | 1.02.003 | 1.2.4
            00.00.00 | 00.00.00 | 0.0.1
            1.2.09   | 1.2.09   | 1.2.10
            1.2.3    | 01.2.3   | 01.2.3
            01.2.3   | 1.2.3    | 1.2.3
            """)
    void leadingZerosAreAcceptedAndDroppedWhenBumping(String stored, String pushed, String expected) {
        assertThat(Versions.bump(stored, pushed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "stored {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0.202401011230               | 1.0.202401011231
            9223372036854775807.0.0        | 9223372036854775807.0.1
            1.2.9223372036854775807        | 1.2.-9223372036854775808
            1.2.9223372036854775808        | 1.2.9223372036854775808
            """)
    void numbersAreSixtyFourBitAndThePatchWrapsAsOnTheServer(String stored, String expected) {
        assertThat(Versions.bump(stored, stored)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "2.1.3", "01.2.3", "1.0.0-rc.1", "1.0.0+20240101", "1.0.0-", "1.0.0+",
        "1.0.0-01", "1.0.0--", "1.0.0+build-1", "1.0.0-a-b.c+d-e.f", "9223372036854775807.0.0"})
    void acceptsWhatTheReferenceAccepts(String version) {
        assertThat(Versions.isValid(version)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "0.0", "0.0.0.0", "0.a.0", "foo", "v1.2.3", "1.2.3-rc_1", " 1.2.3", "1.2.3 ",
        "1.2.3\n", "1.2.3-.", "1.2.3-a..b", "1.2.3+a+b", "1.2.-3", "+1.2.3", "9223372036854775808.0.0", "١.٢.٣"})
    void refusesWhatTheReferenceRefuses(String version) {
        assertThat(Versions.isValid(version)).isFalse();
    }
}
