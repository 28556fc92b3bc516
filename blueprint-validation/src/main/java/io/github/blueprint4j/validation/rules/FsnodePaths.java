package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Customizations;
import io.github.blueprint4j.model.DirectoryCustomization;
import io.github.blueprint4j.model.FileCustomization;
import io.github.blueprint4j.validation.internal.AbsolutePaths;
import java.util.ArrayList;
import java.util.List;

/**
 * The path checks osbuild applies to each custom file and directory, and the entries of
 * {@code customizations.directories} and {@code customizations.files} taken together.
 */
final class FsnodePaths {

    /** The first check a path fails, in the order osbuild makes them. */
    enum Problem {
        /** The path is missing or empty. */
        REQUIRED,
        /** The path does not start with {@code /}. */
        ABSOLUTE,
        /** The path ends with {@code /} (so {@code /} itself fails too). */
        TRAILING_SLASH,
        /** The path has an empty, {@code .} or {@code ..} segment. */
        CANONICAL
    }

    /**
     * One custom directory or file with a well-formed path.
     *
     * @param path the path, absolute and canonical
     * @param file {@code true} for an entry of {@code files}, {@code false} for one of {@code directories}
     * @param at   component names and indexes from the customizations to the entry's path
     */
    record Node(String path, boolean file, Object[] at) {
    }

    private FsnodePaths() {
    }

    /**
     * Returns the first check a path fails.
     *
     * @param path the path, possibly {@code null}
     * @return the problem, or {@code null} for a well-formed path
     */
    static Problem problem(String path) {
        if (path == null || path.isEmpty()) {
            return Problem.REQUIRED;
        }
        if (path.charAt(0) != '/') {
            return Problem.ABSOLUTE;
        }
        if (path.endsWith("/")) {
            return Problem.TRAILING_SLASH;
        }
        return AbsolutePaths.isCanonical(path) ? null : Problem.CANONICAL;
    }

    /**
     * Returns the directories, then the files, whose paths are well-formed; the others are
     * reported by the per-entry rules.
     *
     * @param customizations the customizations
     * @return the entries in that order
     */
    static List<Node> of(Customizations customizations) {
        List<Node> nodes = new ArrayList<>();
        List<DirectoryCustomization> directories = customizations.directories();
        for (int i = 0; i < directories.size(); i++) {
            add(nodes, directories.get(i).path(), false, "directories", i);
        }
        List<FileCustomization> files = customizations.files();
        for (int i = 0; i < files.size(); i++) {
            add(nodes, files.get(i).path(), true, "files", i);
        }
        return nodes;
    }

    /**
     * Returns the directory that contains a well-formed path.
     *
     * @param path an absolute canonical path other than {@code /}
     * @return the parent, {@code /} for a top-level path
     */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash == 0 ? "/" : path.substring(0, slash);
    }

    private static void add(List<Node> nodes, String path, boolean file, String list, int index) {
        if (problem(path) == null) {
            nodes.add(new Node(path, file, new Object[] {list, index, "path"}));
        }
    }
}
