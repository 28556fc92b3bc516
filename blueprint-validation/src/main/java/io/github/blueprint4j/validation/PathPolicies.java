package io.github.blueprint4j.validation;

import io.github.blueprint4j.validation.internal.JsonResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The path policies a validation applies: any of the tables that ship with the library, by
 * name, and tables of your own. Immutable and thread-safe.
 *
 * <p>The bundled tables are those of osbuild's image definitions as the conformance suite
 * records them ({@code mountpoints-default}, {@code files-default}, {@code directories-default},
 * the {@code -ostree} ones, test fixtures such as {@code files-etc-strict}), the allow-list of
 * osbuild-composer before version 94 ({@code mountpoints-composer-legacy}) and
 * {@code weldr-name}, the composer server's rule for blueprint names.
 *
 * <pre>{@code
 * PathPolicies policies = PathPolicies.named("mountpoints-ostree", "files-ostree", "directories-ostree");
 * }</pre>
 */
public final class PathPolicies {

    /** The name-pattern table that makes an unacceptable blueprint name an error. */
    public static final String WELDR_NAME = "weldr-name";

    private static final String MOUNTPOINTS_DEFAULT = "mountpoints-default";
    private static final List<String> DEFAULT_NAMES = List.of(MOUNTPOINTS_DEFAULT, "files-default", "directories-default");
    private static final List<String> OSTREE_NAMES = List.of(MOUNTPOINTS_DEFAULT, "files-ostree", "directories-ostree");
    private static final String OSTREE_MOUNTPOINTS = "mountpoints-ostree";
    private static final PathPolicies NONE = new PathPolicies(List.of(), false);

    private final List<PathPolicy> tables;
    /** The tables of each scope, in selection order: every validation asks for them. */
    private final Map<PathPolicy.Scope, List<PathPolicy>> byScope = new EnumMap<>(PathPolicy.Scope.class);
    private final boolean weldrName;

    private PathPolicies(List<PathPolicy> tables, boolean weldrName) {
        this.tables = List.copyOf(tables);
        this.weldrName = weldrName;
        for (PathPolicy.Scope scope : PathPolicy.Scope.values()) {
            byScope.put(scope, this.tables.stream().filter(table -> table.scope() == scope).toList());
        }
    }

    /**
     * Returns no policy at all: no path is refused for its location.
     *
     * @return the empty selection
     */
    public static PathPolicies none() {
        return NONE;
    }

    /**
     * Returns the newest default set: {@code mountpoints-default}, {@code files-default} and
     * {@code directories-default}, as osbuild applies them to non-ostree image types.
     *
     * @return the default selection
     */
    public static PathPolicies defaults() {
        return named(DEFAULT_NAMES.toArray(String[]::new));
    }

    /**
     * Returns the tables an image type applies: {@code mountpoints-default} with the ostree tables
     * for files and directories on ostree-based types ({@code files-ostree},
     * {@code directories-ostree}) or the default ones otherwise, and the type's own mountpoint
     * table for filesystem customizations ({@code mountpoints-bootc} on bootc disk types).
     *
     * @param type   the image type
     * @param strict {@code true} to add {@code mountpoints-ostree} on ostree-based types, as
     *               osbuild releases before v0.171 did
     * @return the selection
     */
    static PathPolicies forImageType(ImageType type, boolean strict) {
        List<String> names = new ArrayList<>(type.isOstree() ? OSTREE_NAMES : DEFAULT_NAMES);
        if (strict && type.isOstree()) {
            names.add(OSTREE_MOUNTPOINTS);
        }
        if (type.filesystemPolicy() != null) {
            names.add(type.filesystemPolicy());
        }
        return named(names.toArray(String[]::new));
    }

    /**
     * Selects bundled tables by name.
     *
     * @param names table names, see {@link #availableNames()}
     * @return the selection
     * @throws IllegalArgumentException for an unknown name; the message lists the known ones
     */
    public static PathPolicies named(String... names) {
        List<PathPolicy> tables = new ArrayList<>();
        boolean weldr = false;
        for (String name : names) {
            if (name.equals(WELDR_NAME)) {
                weldr = true;
                continue;
            }
            PathPolicy table = Bundled.TABLES.get(name);
            if (table == null) {
                throw new IllegalArgumentException("Unknown policy \"" + name + "\"; known policies: "
                        + String.join(", ", Suggestions.closestFirst(name, availableNames())));
            }
            tables.add(table);
        }
        return new PathPolicies(tables, weldr);
    }

    /**
     * Returns the names of the bundled tables.
     *
     * @return the names, {@code weldr-name} included
     */
    public static Set<String> availableNames() {
        Set<String> names = new java.util.TreeSet<>(Bundled.TABLES.keySet());
        names.add(WELDR_NAME);
        return Collections.unmodifiableSet(names);
    }

    /**
     * Returns the bundled table of a name.
     *
     * @param name a table name
     * @return the table
     * @throws IllegalArgumentException for an unknown name or {@code weldr-name}
     */
    public static PathPolicy table(String name) {
        PathPolicy table = Bundled.TABLES.get(name);
        if (table == null) {
            throw new IllegalArgumentException("No path table \"" + name + "\"");
        }
        return table;
    }

    /**
     * Returns this selection plus a table.
     *
     * @param table a table, bundled or your own
     * @return a new selection
     */
    public PathPolicies with(PathPolicy table) {
        List<PathPolicy> more = new ArrayList<>(tables);
        more.add(Objects.requireNonNull(table, "table"));
        return new PathPolicies(more, weldrName);
    }

    /**
     * Returns the selected tables that apply to a scope, in selection order.
     *
     * @param scope what the tables apply to
     * @return the tables, unmodifiable
     */
    public List<PathPolicy> tables(PathPolicy.Scope scope) {
        return byScope.get(Objects.requireNonNull(scope, "scope"));
    }

    /**
     * Tells whether the composer server's name rule is selected, which makes an unacceptable
     * blueprint name an error instead of a warning.
     *
     * @return {@code true} if {@code weldr-name} is selected
     */
    public boolean checksWeldrName() {
        return weldrName;
    }

    /**
     * Returns the pattern blueprint names must match on the composer server.
     *
     * @return the pattern of the {@code weldr-name} table
     */
    public static Pattern weldrNamePattern() {
        return Bundled.WELDR_NAME_PATTERN;
    }

    /** Returns the names of the selected tables. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        tables.forEach(t -> names.add(t.name()));
        if (weldrName) {
            names.add(WELDR_NAME);
        }
        return names.isEmpty() ? "none" : String.join(",", names);
    }

    /** The bundled tables, read once. */
    private static final class Bundled {
        static final Map<String, PathPolicy> TABLES = new LinkedHashMap<>();
        static final Pattern WELDR_NAME_PATTERN;

        static {
            Map<String, String> patterns = new LinkedHashMap<>();
            load("policies.json", patterns);
            load("extra-policies.json", patterns);
            WELDR_NAME_PATTERN = Pattern.compile(patterns.get(WELDR_NAME));
        }

        @SuppressWarnings("unchecked")
        private static void load(String resource, Map<String, String> patterns) {
            JsonResource.object(PathPolicies.class, resource).forEach((name, value) -> {
                Map<String, Object> table = (Map<String, Object>) value;
                if ("name-pattern".equals(table.get("kind"))) {
                    patterns.put(name, (String) table.get("pattern"));
                    return;
                }
                PathPolicy.Builder builder = PathPolicy.builder(name, scopeOf((List<String>) table.getOrDefault("applies_to", List.of())))
                        .description((String) table.getOrDefault("description", ""))
                        .rule((String) table.get("rule"));
                ((Map<String, Map<String, Object>>) table.get("entries")).forEach((path, flags) -> builder.entry(path, entry(flags)));
                TABLES.put(name, builder.build());
            });
        }

        /** An entry is an allow unless one of its flags ({@code deny}, {@code exact}, ...) is true. */
        private static PathPolicy.Entry entry(Map<String, Object> flags) {
            PathPolicy.Entry entry = PathPolicy.Entry.ALLOW;
            for (Map.Entry<String, Object> flag : flags.entrySet()) {
                if (Boolean.TRUE.equals(flag.getValue())) {
                    entry = PathPolicy.Entry.valueOf(flag.getKey().toUpperCase(Locale.ROOT));
                }
            }
            return entry;
        }

        private static PathPolicy.Scope scopeOf(List<String> appliesTo) {
            String text = String.join(" ", appliesTo);
            if (text.contains("mountpoint")) {
                return text.contains("disk") ? PathPolicy.Scope.MOUNTPOINTS : PathPolicy.Scope.FILESYSTEM;
            }
            return text.contains("directories") ? PathPolicy.Scope.DIRECTORIES : PathPolicy.Scope.FILES;
        }
    }
}
