package io.github.blueprint4j.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blueprint versions as osbuild-composer handles them: which strings it accepts as a version
 * and which version it stores when a blueprint is pushed.
 *
 * <p>The grammar is the reference's ({@code coreos/go-semver}), which is more lenient than
 * SemVer 2.0: {@code MAJOR.MINOR.PATCH} are base-10 numbers up to 2<sup>63</sup>&minus;1 that
 * may have leading zeros ({@code 01.2.3}), the pre-release after the first {@code -} and the
 * build metadata after the first {@code +} may be empty ({@code 1.0.0-}), and numeric
 * pre-release identifiers may have leading zeros ({@code 1.0.0-01}). This class accepts
 * exactly what the server accepts, so that {@link #bump(String, String)} stores what the server
 * stores; SemVer 2.0 libraries such as semver4j refuse {@code 01.2.3} and {@code 1.0.0-} and
 * hold the numbers in 32 bits.
 */
public final class Versions {

    /** The version of a blueprint pushed without one. */
    public static final String DEFAULT = "0.0.0";

    private static final Pattern VERSION = Pattern.compile(
            "([0-9]+)\\.([0-9]+)\\.([0-9]+)(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?)?(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?)?");

    private Versions() {
    }

    /**
     * Tells whether the server accepts a string as a version (rule BP-VERSION-SEMVER): the
     * grammar of this class's description. An empty or missing version is not a version; the
     * server replaces it with {@value #DEFAULT} before checking.
     *
     * @param version the candidate, or {@code null}
     * @return {@code true} if the server's semver parser accepts it
     */
    public static boolean isValid(String version) {
        return parse(version) != null;
    }

    /**
     * Returns the version osbuild-composer stores when a blueprint is pushed over a stored one
     * of the same name.
     *
     * <ol>
     *   <li>An empty or missing pushed version becomes {@value #DEFAULT} first, so that pushing
     *       without a version over {@code 1.2.3} stores {@code 0.0.0}.</li>
     *   <li>When the pushed version is the same string as the stored one, the stored version
     *       with PATCH + 1 is stored; pre-release and build metadata are dropped and the numbers
     *       are written without leading zeros ({@code 1.2.3-rc.1} &rarr; {@code 1.2.4},
     *       {@code 01.2.3} &rarr; {@code 1.2.4}). Versions are compared as strings, as the
     *       server does: {@code 1.2.3} and {@code 01.2.3} differ. PATCH
     *       9223372036854775807 wraps to -9223372036854775808, as it does on the server.</li>
     *   <li>When they differ, the pushed version is stored as it is, even when it is lower.</li>
     *   <li>When the stored version is not valid ({@link #isValid(String)}), nothing is bumped:
     *       the pushed version is stored.</li>
     * </ol>
     *
     * <p>The server refuses a push whose version (after step 1) is not valid before it gets
     * here; this method does not check the pushed version.
     *
     * @param stored the version of the stored blueprint, or {@code null} when none of that
     *               name is stored (the pushed version is then stored)
     * @param pushed the version of the pushed blueprint, or {@code null} or empty for none
     * @return the version the server stores
     */
    public static String bump(String stored, String pushed) {
        String version = pushed == null || pushed.isEmpty() ? DEFAULT : pushed;
        if (stored == null || !stored.equals(version)) {
            return version;
        }
        long[] numbers = parse(stored);
        if (numbers == null) {
            return version;
        }
        return numbers[0] + "." + numbers[1] + "." + (numbers[2] + 1);
    }

    /** Returns MAJOR, MINOR and PATCH, or {@code null} if the server would refuse the version. */
    private static long[] parse(String version) {
        if (version == null) {
            return null;
        }
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.matches()) {
            return null;
        }
        long[] numbers = new long[3];
        for (int i = 0; i < 3; i++) {
            try {
                numbers[i] = Long.parseLong(matcher.group(i + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return numbers;
    }
}
