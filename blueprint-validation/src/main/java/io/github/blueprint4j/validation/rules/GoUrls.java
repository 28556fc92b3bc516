package io.github.blueprint4j.validation.rules;

import java.util.Locale;

/**
 * Which URLs Go's {@code net/url} package accepts, as osbuild relies on it: {@code url.Parse}
 * for the {@code uri} of a custom file, {@code url.ParseRequestURI} to tell a GPG key URL from an
 * inline key. Only acceptance and the scheme are computed, with Go's rules: no control
 * characters; a scheme is a letter followed by letters, digits, {@code +}, {@code -} or
 * {@code .} and a colon; an authority ({@code //host}) may hold user information, a host of
 * permitted characters and a numeric port; every {@code %} starts a two-digit hex escape.
 */
final class GoUrls {

    private GoUrls() {
    }

    /**
     * Returns the scheme of a URL as {@code url.Parse} reads it.
     *
     * @param url the URL
     * @return the scheme in lower case, empty for none, or {@code null} if {@code url.Parse} refuses the URL
     */
    static String scheme(String url) {
        int hash = url.indexOf('#');
        if (hash < 0) {
            return parse(url, false);
        }
        String scheme = parse(url.substring(0, hash), false);
        return scheme != null && validEscapes(url.substring(hash + 1)) ? scheme : null;
    }

    /**
     * Tells whether {@code url.ParseRequestURI} accepts a text: an absolute URL with a scheme, or
     * an absolute path starting with {@code /}.
     *
     * @param url the text
     * @return {@code true} if it is accepted
     */
    static boolean isRequestUri(String url) {
        return parse(url, true) != null;
    }

    // returns the lower-case scheme ("" for none), or null when Go refuses the text
    private static String parse(String raw, boolean viaRequest) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return null;
            }
        }
        if (raw.isEmpty() && viaRequest) {
            return null;
        }
        if (raw.equals("*")) {
            return "";
        }
        String scheme = "";
        String rest = raw;
        int colon = schemeEnd(raw);
        if (colon == 0) {
            return null;
        }
        if (colon > 0) {
            scheme = raw.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = raw.substring(colon + 1);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (!rest.startsWith("/")) {
            if (!scheme.isEmpty()) {
                return scheme;
            }
            if (viaRequest) {
                return null;
            }
            int slash = rest.indexOf('/');
            if ((slash < 0 ? rest : rest.substring(0, slash)).contains(":")) {
                return null;
            }
        }
        if ((!scheme.isEmpty() || (!viaRequest && !rest.startsWith("///"))) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            int slash = authority.indexOf('/');
            rest = slash < 0 ? "" : authority.substring(slash);
            if (!validAuthority(slash < 0 ? authority : authority.substring(0, slash))) {
                return null;
            }
        }
        return validEscapes(rest) ? scheme : null;
    }

    // the index of the colon that ends a scheme, -1 when there is no scheme, 0 for a leading colon
    private static int schemeEnd(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return -1;
                }
                continue;
            }
            return c == ':' ? i : -1;
        }
        return -1;
    }

    private static boolean validAuthority(String authority) {
        int at = authority.lastIndexOf('@');
        if (!validHost(authority.substring(at + 1))) {
            return false;
        }
        if (at < 0) {
            return true;
        }
        String userinfo = authority.substring(0, at);
        for (int i = 0; i < userinfo.length(); i++) {
            char c = userinfo.charAt(i);
            if (!isAlphanumeric(c) && "-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                return false;
            }
        }
        return validEscapes(userinfo);
    }

    private static boolean validHost(String host) {
        if (host.startsWith("[")) {
            int close = host.lastIndexOf(']');
            if (close < 0 || !validOptionalPort(host.substring(close + 1))) {
                return false;
            }
            int zone = host.substring(0, close).indexOf("%25");
            if (zone >= 0) {
                return validHostChars(host.substring(0, zone), false)
                        && validHostChars(host.substring(zone, close), true)
                        && validHostChars(host.substring(close), false);
            }
        } else {
            int colon = host.lastIndexOf(':');
            if (colon >= 0 && !validOptionalPort(host.substring(colon))) {
                return false;
            }
        }
        return validHostChars(host, false);
    }

    private static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // Go's unescape in host mode (zone = false) or IPv6 zone mode (zone = true)
    private static boolean validHostChars(String s, boolean zone) {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    return false;
                }
                boolean percent = s.startsWith("%25", i);
                if (zone) {
                    int value = Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16);
                    if (!percent && value != ' ' && (value >= 0x80 || !isHostChar((char) value))) {
                        return false;
                    }
                } else if (Character.digit(s.charAt(i + 1), 16) < 8 && !percent) {
                    return false;
                }
                i += 3;
                continue;
            }
            if (c < 0x80 && !isHostChar(c)) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static boolean isHostChar(char c) {
        return isAlphanumeric(c) || "!$&'()*+,;=:[]<>\"-_.~".indexOf(c) >= 0;
    }

    private static boolean validEscapes(String s) {
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 3)) {
            if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
