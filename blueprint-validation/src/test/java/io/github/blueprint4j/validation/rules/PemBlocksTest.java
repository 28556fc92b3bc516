package io.github.blueprint4j.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The port of Go's PEM decoder. */
class PemBlocksTest {

    @Test
    void readsEveryBlockWithItsTypeAndBytes() {
        String text = "intro\n-----BEGIN A-----\naGVsbG8=\n-----END A-----\nbetween\n"
                + "-----BEGIN B C-----\nd29y\nbGQ=\n-----END B C-----";
        assertThat(PemBlocks.of(text)).extracting(b -> b.type() + "=" + new String(b.bytes(), StandardCharsets.US_ASCII))
                .containsExactly("A=hello", "B C=world");
    }

    @Test
    void acceptsHeadersCarriageReturnsAndTrailingBlanks() {
        String text = "-----BEGIN A-----\r\nProc-Type: 4,ENCRYPTED\r\n\r\n aGVs\tbG8= \r\n-----END A-----  \r\n";
        assertThat(PemBlocks.of(text)).singleElement().satisfies(b -> assertThat(b.bytes()).asString().isEqualTo("hello"));
    }

    @Test
    void readsAnEmptyBlock() {
        assertThat(PemBlocks.of("-----BEGIN A-----\n-----END A-----\n")).singleElement()
                .satisfies(b -> assertThat(b.bytes()).isEmpty());
    }

    @Test
    void skipsMalformedBlocksAndKeepsLooking() {
        String text = "-----BEGIN A-----\naGVsbG8\n-----END A-----\n"
                + "-----BEGIN B-----\naGVsbG8=\n-----END C-----\n"
                + "-----BEGIN D-----\naGVsbG8=\n-----END D----- trailing\n"
                + "-----BEGIN E\naGVsbG8=\n-----END E-----\n"
                + "-----BEGIN F-----\n*GVsbG8=\n-----END F-----\n"
                + "-----BEGIN G-----\naGVsbG8=\n-----END G-----\n";
        assertThat(PemBlocks.of(text)).extracting(PemBlocks.Block::type).containsExactly("G");
    }

    @Test
    void needsTheBeginLineAtTheStartOfALine() {
        assertThat(PemBlocks.of("x -----BEGIN A-----\naGVsbG8=\n-----END A-----\n")).isEmpty();
        assertThat(PemBlocks.of("-----BEGIN A-----\naGVsbG8=\n")).isEmpty();
        assertThat(PemBlocks.of("")).isEmpty();
    }
}
