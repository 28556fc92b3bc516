package io.github.blueprint4j.validation;

import io.github.blueprint4j.diagnostic.BlueprintException;
import java.util.List;

/**
 * Thrown when a distribution or an image type is not one the library knows. The message names
 * what was asked for and lists the known names, closest match first; {@link #suggestions()}
 * gives them as a list. It concerns the target the caller named, not a blueprint's contents,
 * so {@link #diagnostics()} is empty.
 */
public final class UnknownTargetException extends BlueprintException {

    private static final long serialVersionUID = 1L;

    /** The known names, closest first; a list, not serialized as part of the exception state. */
    private final transient List<String> suggestions;

    /**
     * Creates the exception.
     *
     * @param message     what was not found and why
     * @param suggestions the known names, closest first
     */
    UnknownTargetException(String message, List<String> suggestions) {
        super(message, List.of());
        this.suggestions = List.copyOf(suggestions);
    }

    /**
     * Returns the names that would have been accepted, closest to the given one first.
     *
     * @return the suggestions; empty after deserialization
     */
    public List<String> suggestions() {
        return suggestions == null ? List.of() : suggestions;
    }
}
