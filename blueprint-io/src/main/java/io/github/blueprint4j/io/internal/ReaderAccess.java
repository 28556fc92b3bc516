package io.github.blueprint4j.io.internal;

import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.Format;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lets the library's own modules read a document as far as it can be read with a
 * {@link BlueprintReader}'s settings, without a public method for it. Not part of the API:
 * exported only to the library's own modules.
 */
public final class ReaderAccess {

    private static volatile Function<BlueprintReader, Decoder> decoders;

    private ReaderAccess() {
    }

    /**
     * Called once, by {@link BlueprintReader}'s class initialization, to hand out its decoders.
     *
     * @param access gives the decoder of a reader
     * @throws IllegalStateException if called a second time
     */
    public static synchronized void register(Function<BlueprintReader, Decoder> access) {
        if (decoders != null) {
            throw new IllegalStateException("The reader's decoders are already registered");
        }
        decoders = Objects.requireNonNull(access, "access");
    }

    /**
     * Returns the decoder a reader reads with.
     *
     * @param reader the reader (its class is initialized, since an instance exists)
     * @return its decoder
     */
    public static Decoder decoder(BlueprintReader reader) {
        return decoders.apply(Objects.requireNonNull(reader, "reader"));
    }

    /**
     * Reads a document with a reader's settings as far as it can be read; never throws for a
     * problem in the document.
     *
     * @param reader the reader whose settings apply
     * @param text   the document
     * @param format its format
     * @return what could be read, with every finding
     */
    public static PartialRead readAll(BlueprintReader reader, String text, Format format) {
        return decoder(reader).decodeAll(Objects.requireNonNull(text, "text"), Objects.requireNonNull(format, "format"));
    }
}
