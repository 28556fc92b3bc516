package io.github.blueprint4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "'', '', 0",
        "'', abc, 3",
        "abc, '', 3",
        "timezone, timezone, 0",
        "timezome, timezone, 1",
        "hsot, host, 1",
        "ab, ba, 1",
        "ca, abc, 3",
        "sslverify, ssl_verify, 1",
        "qcow, qcow2, 1",
        "kitten, sitting, 3",
        "edge-raw, edge-raw-image, 6",
    })
    void countsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int expected) {
        assertThat(EditDistance.between(a, b)).isEqualTo(expected);
        assertThat(EditDistance.between(b, a)).isEqualTo(expected);
    }
}
