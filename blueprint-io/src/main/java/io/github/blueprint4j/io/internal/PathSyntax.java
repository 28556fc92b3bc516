package io.github.blueprint4j.io.internal;

/**
 * The path checks osbuild applies to custom files and directories while reading them.
 */
final class PathSyntax {

    private PathSyntax() {
    }

    /**
     * Tells whether an absolute path is canonical: equal to its cleaned form, so without
     * {@code //}, {@code .} or {@code ..} segments and without a trailing slash (except {@code /}).
     */
    static boolean isCanonical(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (path.endsWith("/")) {
            return false;
        }
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if (length == 0
                    || (length == 1 && path.charAt(start) == '.')
                    || (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.')) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }
}
