package io.github.blueprint4j.interchange;

import io.github.blueprint4j.diagnostic.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The result of a conversion and its loss report.
 *
 * @param <T>    the type of the result: the JSON text of a foreign shape, or a classic
 *               {@link io.github.blueprint4j.model.Blueprint}
 * @param result the converted document, or {@code null} when nothing could be converted (the
 *               report says why)
 * @param losses every value dropped, changed in form or needed from the caller, in the order of
 *               the source document
 */
public record Conversion<T>(T result, List<Loss> losses) {

    /**
     * Copies the report.
     *
     * @throws NullPointerException if losses is null
     */
    public Conversion {
        losses = List.copyOf(Objects.requireNonNull(losses, "losses"));
    }

    /**
     * Tells whether nothing was lost: no entry but changes of form ({@code IX-REWRITTEN},
     * {@code IX-UNWRAPPED}).
     *
     * @return true if the conversion kept every value
     */
    public boolean isLossless() {
        return losses.stream().allMatch(loss -> loss.severity() == Severity.INFO);
    }
}
