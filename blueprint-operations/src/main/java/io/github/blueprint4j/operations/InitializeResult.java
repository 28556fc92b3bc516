package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.Blueprint;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BlueprintInitializer#initialize(Blueprint)} returns. Its {@link #toString()} shows
 * no password (the model's {@code toString()} hides them).
 *
 * @param blueprint   the blueprint as the server stores it
 * @param hashedUsers the names of the users whose plain-text password was replaced by a hash, in
 *                    document order; a user without a name is listed as {@code ""}
 */
public record InitializeResult(Blueprint blueprint, List<String> hashedUsers) {

    /**
     * Checks and copies the values.
     *
     * @param blueprint   the blueprint as the server stores it
     * @param hashedUsers the names of the users whose password was hashed
     * @throws NullPointerException if an argument is {@code null} or the list holds {@code null}
     */
    public InitializeResult {
        Objects.requireNonNull(blueprint, "blueprint");
        hashedUsers = List.copyOf(hashedUsers);
    }
}
