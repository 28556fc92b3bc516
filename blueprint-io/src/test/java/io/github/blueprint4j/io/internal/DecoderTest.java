package io.github.blueprint4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecoderTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
        "'', false", "'123456789012345678', false", "'1234567890123456789', true", "'x = 1234567890123456789', true",
        "'a1234567890123456789b', true", "'12345678901234567_8', false", "'1_234_567_890_123_456_789', true",
        "'123456789 0123456789', false", "'______________________________', false", "'9_9_9_9_9_9_9_9_9_9_9_9_9_9_9_9_9_9', false",
        "'9_9_9_9_9_9_9_9_9_9_9_9_9_9_9_9_9_9_9', true"})
    void findsRunsOfNineteenDigits(String text, boolean expected) {
        assertThat(Decoder.hasLongDigitRun(text)).isEqualTo(expected);
    }

    @Test
    void agreesWithAPlainScanOnRandomText() {
        Random random = new Random(7);
        String alphabet = "0123456789_ x";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(10 + random.nextInt(3)) : alphabet.charAt(random.nextInt(10)));
            }
            assertThat(Decoder.hasLongDigitRun(text.toString())).as(text.toString()).isEqualTo(plainScan(text.toString()));
        }
    }

    private static boolean plainScan(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 19) {
                    return true;
                }
            } else if (c != '_') {
                digits = 0;
            }
        }
        return false;
    }
}
