package io.github.blueprint4j.io.internal;

/** Renders field paths: keys joined by dots, 0-based indexes in brackets. Placeholder until merged. */
final class Paths {
    private Paths() {
    }

    static String key(String parent, String key) {
        String k = key.matches("[A-Za-z0-9_-]+") ? key : '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        return parent == null || parent.isEmpty() ? k : parent + "." + k;
    }

    static String index(String parent, int i) {
        return (parent == null ? "" : parent) + "[" + i + "]";
    }
}
