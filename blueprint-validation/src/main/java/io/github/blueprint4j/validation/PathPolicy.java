package io.github.blueprint4j.validation;

import io.github.blueprint4j.validation.internal.AbsolutePaths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table of allowed and denied locations, as osbuild's image definitions keep them: which
 * mountpoints a blueprint may add, where custom files and directories may go.
 *
 * <p>A path is checked this way: it must be absolute and canonical; the entry whose path is the
 * longest prefix of the checked path (comparing whole components; {@code /} is a prefix of
 * everything) decides; no matching entry allows the path; a {@code deny} entry refuses it; an
 * {@code exact} entry allows only the entry's path itself, nothing below it; a {@code below}
 * entry allows what is below the entry's path, not the path itself. Immutable and thread-safe.
 *
 * <pre>{@code
 * PathPolicy policy = PathPolicy.builder("my-mountpoints", PathPolicy.Scope.MOUNTPOINTS)
 *         .allow("/").deny("/etc").exact("/usr").build();
 * }</pre>
 */
public final class PathPolicy {

    /** What a table applies to. */
    public enum Scope {
        /** {@code customizations.filesystem[].mountpoint} and every mountpoint of {@code customizations.disk}. */
        MOUNTPOINTS,
        /** {@code customizations.filesystem[].mountpoint} only, not the mountpoints of {@code customizations.disk}. */
        FILESYSTEM,
        /** {@code customizations.files[].path}. */
        FILES,
        /** {@code customizations.directories[].path}. */
        DIRECTORIES
    }

    private final String name;
    private final Scope scope;
    private final String description;
    private final String rule;
    private final Map<String, Entry> entries;

    private PathPolicy(Builder builder) {
        this.name = builder.name;
        this.scope = builder.scope;
        this.description = builder.description;
        this.rule = builder.rule;
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(builder.entries));
    }

    /**
     * Starts a table.
     *
     * @param name  the table's name, used in messages
     * @param scope what it applies to
     * @return the builder
     */
    public static Builder builder(String name, Scope scope) {
        return new Builder(name, scope);
    }

    /**
     * Returns the table's name.
     *
     * @return the name, such as {@code mountpoints-default}
     */
    public String name() {
        return name;
    }

    /**
     * Returns what the table applies to.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Returns what the table is for.
     *
     * @return the description, possibly empty
     */
    public String description() {
        return description;
    }

    /**
     * Returns the rule id reported when the table refuses a path, or {@code null} for the usual
     * rule of its scope ({@code FS-MOUNTPOINT-POLICY}, {@code DISK-MOUNTPOINT-POLICY},
     * {@code FILES-POLICY}, {@code DIRS-POLICY}).
     *
     * @return the rule id, or {@code null}
     */
    public String rule() {
        return rule;
    }

    /**
     * Checks a path.
     *
     * @param path the path
     * @return {@code null} if the table allows the path, otherwise why it refuses it, in words
     */
    public String refusal(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return "it is not an absolute path";
        }
        if (!AbsolutePaths.isCanonical(path)) {
            return "it is not a canonical path";
        }
        String match = null;
        for (String candidate : entries.keySet()) {
            if (isPrefix(candidate, path) && (match == null || candidate.length() > match.length())) {
                match = candidate;
            }
        }
        if (match == null) {
            return null;
        }
        return switch (entries.get(match)) {
            case DENY -> match.equals(path) ? "it is denied" : "everything below " + match + " is denied";
            case EXACT -> match.equals(path) ? null : "only " + match + " itself is allowed, nothing below it";
            case BELOW -> match.equals(path) ? "only what is below " + match + " is allowed, not " + match + " itself" : null;
            case ALLOW -> null;
        };
    }

    /**
     * Tells whether the table names the path itself in a {@code deny} entry.
     *
     * @param path the path
     * @return {@code true} for a path the table denies by name
     */
    public boolean deniesExactly(String path) {
        return entries.get(path) == Entry.DENY;
    }

    /** Returns the table's name. */
    @Override
    public String toString() {
        return name;
    }

    private static boolean isPrefix(String prefix, String path) {
        if (prefix.equals("/")) {
            return true;
        }
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    /** What an entry does with its path and the paths below it. */
    enum Entry {
        /** Allows the path and what is below it. */
        ALLOW,
        /** Denies the path and what is below it. */
        DENY,
        /** Allows the path, denies what is below it. */
        EXACT,
        /** Denies the path, allows what is below it. */
        BELOW
    }

    /** Builds a {@link PathPolicy}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final Scope scope;
        private String description = "";
        private String rule;
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder(String name, Scope scope) {
            this.name = Objects.requireNonNull(name, "name");
            this.scope = Objects.requireNonNull(scope, "scope");
        }

        /**
         * Describes the table.
         *
         * @param description what it is for
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets the rule id reported when the table refuses a path.
         *
         * @param rule a rule id, or {@code null} for the usual rule of the scope
         * @return this builder
         */
        public Builder rule(String rule) {
            this.rule = rule;
            return this;
        }

        /**
         * Allows a path and everything below it (unless a longer entry says otherwise).
         *
         * @param path an absolute path
         * @return this builder
         */
        public Builder allow(String path) {
            return entry(path, Entry.ALLOW);
        }

        /**
         * Denies a path and everything below it (unless a longer entry says otherwise).
         *
         * @param path an absolute path
         * @return this builder
         */
        public Builder deny(String path) {
            return entry(path, Entry.DENY);
        }

        /**
         * Allows a path itself but nothing below it (unless a longer entry says otherwise).
         *
         * @param path an absolute path
         * @return this builder
         */
        public Builder exact(String path) {
            return entry(path, Entry.EXACT);
        }

        /**
         * Allows what is below a path but not the path itself (unless a longer entry says otherwise).
         *
         * @param path an absolute path
         * @return this builder
         */
        public Builder below(String path) {
            return entry(path, Entry.BELOW);
        }

        Builder entry(String path, Entry entry) {
            if (path == null || !path.startsWith("/") || !AbsolutePaths.isCanonical(path)) {
                throw new IllegalArgumentException("A policy entry is an absolute canonical path: " + path);
            }
            entries.put(path, entry);
            return this;
        }

        /**
         * Creates the table.
         *
         * @return an immutable table
         */
        public PathPolicy build() {
            return new PathPolicy(this);
        }
    }
}
