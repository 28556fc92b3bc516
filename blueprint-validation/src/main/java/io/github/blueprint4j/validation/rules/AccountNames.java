package io.github.blueprint4j.validation.rules;

import java.util.regex.Pattern;

/**
 * The name pattern of the build's user- and group-creation steps ({@code org.osbuild.users} and
 * {@code org.osbuild.groups}): a letter, digit, {@code _} or {@code .}, then up to 31 of those or {@code -}.
 */
final class AccountNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]{0,31}");

    private AccountNames() {
    }

    /**
     * Tells whether a name is refused by the user- and group-creation steps. Absent and empty
     * names are left to the rules that require a name.
     *
     * @param name the user or group name, or {@code null}
     * @return {@code true} if the name is given and does not match the pattern
     */
    static boolean isRefused(String name) {
        return name != null && !name.isEmpty() && !NAME.matcher(name).matches();
    }
}
