package io.github.blueprint4j.validation.internal;

/**
 * What makes an absolute path canonical, for the path tables and the file and directory rules
 * alike. Not part of the API.
 */
public final class AbsolutePaths {

    private AbsolutePaths() {
    }

    /**
     * Tells whether an absolute path is canonical: {@code /} itself, or no trailing slash and no
     * empty, {@code .} or {@code ..} segment.
     *
     * @param path a path starting with {@code /}
     * @return {@code true} if the path is canonical
     */
    public static boolean isCanonical(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (path.endsWith("/")) {
            return false;
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
