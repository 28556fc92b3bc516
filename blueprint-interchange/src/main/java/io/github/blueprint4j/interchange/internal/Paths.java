package io.github.blueprint4j.interchange.internal;

/** Paths in the specification's notation: keys joined by dots, 0-based indexes in brackets. */
public final class Paths {

    private Paths() {
    }

    /**
     * Returns the path of a key below a parent.
     *
     * @param parent the parent's path, "" for the root
     * @param key    the key
     * @return the path
     */
    public static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /**
     * Returns the path of a list element.
     *
     * @param list  the list's path
     * @param index the element's index
     * @return the path
     */
    public static String index(String list, int index) {
        return list + "[" + index + "]";
    }

    /**
     * Returns the path of the object or list that holds a value: the path without its last key
     * or last index.
     *
     * @param path the path
     * @return the parent's path, "" for a key of the root
     */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
