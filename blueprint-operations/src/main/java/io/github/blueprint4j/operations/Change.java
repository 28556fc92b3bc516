package io.github.blueprint4j.operations;

import io.github.blueprint4j.model.internal.Redaction;
import java.util.Objects;

/**
 * One difference between two blueprints, found by {@link BlueprintDiff#between}.
 *
 * <p>The path names list entries by their identity, not their position:
 * {@code packages[vim]}, {@code customizations.user[alice].groups[wheel]},
 * {@code customizations.files[/etc/motd].mode}; positions appear only in lists whose entries
 * have no identity ({@code customizations.disk.partitions[0]}). Keys are the blueprint format's.
 *
 * <p>Values are JSON-like: {@code null} (absent), {@link String}, {@link Boolean}, a
 * {@link Number}, an unmodifiable {@link java.util.List} or an unmodifiable
 * {@link java.util.Map} from key to value for a whole table; sizes are byte counts, file modes
 * strings such as {@code "0644"}, owners a name or an id. Secrets are never shown: a password
 * or another secret (see {@link BlueprintDiff}) is {@link #HIDDEN}.
 *
 * @param kind     what happened
 * @param path     where, with the keys of the blueprint format
 * @param oldValue the value in the first blueprint; {@code null} when {@link Kind#ADDED}
 * @param newValue the value in the second blueprint; {@code null} when {@link Kind#REMOVED}
 */
public record Change(Kind kind, String path, Object oldValue, Object newValue) {

    /** What happened at a path. */
    public enum Kind {
        /** Absent in the first blueprint, present in the second. */
        ADDED,
        /** Present in the first blueprint, absent in the second. */
        REMOVED,
        /** Present in both, with different values. */
        CHANGED
    }

    /**
     * Stands for a secret value; shown as {@code <hidden>} in text and as the string
     * {@code "<hidden>"} in JSON.
     */
    public static final Object HIDDEN = new Object() {
        @Override
        public String toString() {
            return "<hidden>";
        }
    };

    /**
     * Checks the values.
     *
     * @param kind     what happened
     * @param path     where
     * @param oldValue the value in the first blueprint
     * @param newValue the value in the second blueprint
     * @throws NullPointerException if {@code kind} or {@code path} is {@code null}
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Returns the change as one line of text: {@code + PATH = NEW}, {@code - PATH = OLD} or
     * {@code ~ PATH = OLD -> NEW}, values in compact JSON ({@code <hidden>} for secrets), with
     * the control characters that JSON leaves as they are (DEL, C1 controls, bidirectional
     * overrides) escaped too, so that the line stays one line and shows what it says.
     *
     * @return the line, without line break
     */
    public String toText() {
        return Redaction.escape(switch (kind) {
            case ADDED -> "+ " + path + " = " + JsonText.value(newValue);
            case REMOVED -> "- " + path + " = " + JsonText.value(oldValue);
            case CHANGED -> "~ " + path + " = " + JsonText.value(oldValue) + " -> " + JsonText.value(newValue);
        });
    }

    /** Returns {@link #toText()}. */
    @Override
    public String toString() {
        return toText();
    }
}
