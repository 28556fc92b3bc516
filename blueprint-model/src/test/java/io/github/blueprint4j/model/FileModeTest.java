package io.github.blueprint4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileModeTest {

    @Test
    void keepsTheSpellingAndComparesTheBits() {
        FileMode mode = FileMode.parse("644");
        assertThat(mode.value()).isEqualTo(0644);
        assertThat(mode).hasToString("644").isEqualTo(FileMode.parse("0644")).isEqualTo(FileMode.of(0644));
        assertThat(FileMode.of(0750)).hasToString("0750");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "4755", "1777", "0o644", "rwx", "", "0", "64", "0888", "00644"})
    void refusesAnythingButThreeOctalDigits(String text) {
        assertThat(FileMode.isValid(text)).isFalse();
        assertThatThrownBy(() -> FileMode.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("FSNODE-MODE-FORMAT"))
                .hasMessageContaining("\"0644\"");
    }

    @Test
    void refusesBitsBeyondPermissions() {
        assertThatThrownBy(() -> FileMode.of(04755)).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.diagnostic().code()).isEqualTo("FSNODE-MODE-FORMAT"));
    }
}
