package io.github.blueprint4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DataSizeTest {

    @ParameterizedTest(name = "\"{0}\" = {1} bytes")
    @CsvSource(delimiter = '|', value = {
        "0|0", "1024|1024", "123 kB|123000", "123 KiB|125952", "123 MB|123000000", "123 MiB|128974848",
        "123 GB|123000000000", "123GiB|132070244352", "123 TB|123000000000000", "123 TiB|135239930216448",
        "'  123KiB  '|125952", "1.5 GiB|1610612736", "0.3 GiB|322122547", "1.5|2", "123.45|123", "0.5|1",
        "123\tKiB|125952", "18446744073709551615|-1"})
    void parsesSizeStrings(String text, long bytes) {
        DataSize size = DataSize.parse(text);
        assertThat(size.bytes()).isEqualTo(bytes);
        assertThat(size.text()).isEqualTo(text);
        assertThat(size.toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1 B", "1 KB", "1 kb", "1 mb", "1 Mb", "1 PB", "1 PiB", "1 EiB", "1e9", "+1", "-1",
        "-1 MiB", "0x10", "1,000", "1.", ".5", "GiB", "18446744073709551616", "16384 PiB", "20000000 TiB"})
    void refusesWhatTheReferenceRefuses(String text) {
        assertThatThrownBy(() -> DataSize.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("GEN-TYPE-MISMATCH"))
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void namesTheUnitsWhenTheUnitIsUnknown() {
        assertThatThrownBy(() -> DataSize.parse("1 KB"))
                .hasMessage("\"1 KB\" has an unknown unit \"KB\" (units are case-sensitive: kB, KiB, MB, MiB, GB, GiB, TB, TiB)");
    }

    @Test
    void comparesByteCountsNotSpellings() {
        assertThat(DataSize.parse("1 KiB")).isEqualTo(DataSize.ofBytes(1024)).hasSameHashCodeAs(DataSize.ofBytes(1024));
        assertThat(DataSize.of(2, DataSize.Unit.GiB)).isEqualTo(DataSize.parse("2048 MiB"));
        assertThat(DataSize.parse("1 GB")).isLessThan(DataSize.parse("1 GiB"));
        assertThat(DataSize.parse("18446744073709551615")).isGreaterThan(DataSize.ofBytes(Long.MAX_VALUE));
    }

    @Test
    void holdsUnsignedSixtyFourBitCounts() {
        DataSize max = DataSize.ofBytes(new BigInteger("18446744073709551615"));
        assertThat(max.exceedsLong()).isTrue();
        assertThat(max.toBigInteger()).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(max.toJsonValue()).isEqualTo("18446744073709551615");
        assertThat(DataSize.ofBytes(5).toJsonValue()).isEqualTo(5L);
        assertThatThrownBy(() -> DataSize.ofBytes(-1)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("GEN-TYPE-MISMATCH"));
        assertThatThrownBy(() -> DataSize.of(20_000_000, DataSize.Unit.TiB)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("GEN-TYPE-MISMATCH"));
    }

    @Test
    void bindsJsonValues() {
        assertThat(DataSize.fromValue(1024)).isEqualTo(DataSize.ofBytes(1024));
        assertThat(DataSize.fromValue("2 GiB").text()).isEqualTo("2 GiB");
        assertThat(DataSize.fromValue(2048.0)).isEqualTo(DataSize.ofBytes(2048));
        assertThatThrownBy(() -> DataSize.fromValue(1.5)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("GEN-TYPE-MISMATCH"));
        assertThatThrownBy(() -> DataSize.fromValue(new java.math.BigDecimal("2.5"))).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("GEN-TYPE-MISMATCH"));
        assertThatThrownBy(() -> DataSize.fromValue(true)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("GEN-TYPE-MISMATCH"));
    }
}
