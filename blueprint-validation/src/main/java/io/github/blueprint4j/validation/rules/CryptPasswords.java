package io.github.blueprint4j.validation.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a user password the way the server does when a blueprint is pushed: a value
 * starting with {@code $2b$}, {@code $6$} or {@code $5$} is kept as a hash, an empty one is
 * removed, and anything else is taken as plain text and hashed. Values that start with another
 * crypt prefix ({@code $y$}, {@code $1$}, ...) are told apart because hashing them again breaks them.
 */
final class CryptPasswords {

    /** What the server does with a password. */
    enum Kind {
        /** {@code ""}: removed, the user gets no password. */
        EMPTY,
        /** A hash the server recognises and keeps. */
        SERVER_HASH,
        /** A hash of another crypt scheme, which the server hashes again. */
        OTHER_HASH,
        /** Plain text, which the server hashes. */
        PLAIN
    }

    private static final String[] SERVER_PREFIXES = {"$2b$", "$6$", "$5$"};

    // "$", a scheme id, then "$" (or "," for parameters, as in "$md5,rounds=...")
    private static final Pattern CRYPT_PREFIX = Pattern.compile("\\$([A-Za-z0-9]+)[$,]");

    private CryptPasswords() {
    }

    /**
     * Classifies a password.
     *
     * @param password the password, not {@code null}
     * @return what the server does with it
     */
    static Kind kind(String password) {
        if (password.isEmpty()) {
            return Kind.EMPTY;
        }
        for (String prefix : SERVER_PREFIXES) {
            if (password.startsWith(prefix)) {
                return Kind.SERVER_HASH;
            }
        }
        return CRYPT_PREFIX.matcher(password).lookingAt() ? Kind.OTHER_HASH : Kind.PLAIN;
    }

    /**
     * Returns the crypt prefix of a password of kind {@link Kind#OTHER_HASH}, such as {@code $y$};
     * never more of the password than that.
     *
     * @param password the password
     * @return the prefix, or {@code null} if the password has none
     */
    static String prefix(String password) {
        Matcher matcher = CRYPT_PREFIX.matcher(password);
        return matcher.lookingAt() ? "$" + matcher.group(1) + "$" : null;
    }
}
