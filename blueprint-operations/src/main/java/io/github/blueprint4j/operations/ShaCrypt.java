package io.github.blueprint4j.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * SHA-256 and SHA-512 crypt as specified by Ulrich Drepper in "Unix crypt using SHA-256 and
 * SHA-512" and implemented by glibc's {@code crypt(3)}; the step numbers in the comments are the
 * specification's.
 */
final class ShaCrypt {

    private static final char[] ALPHABET =
            "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    /** The order in which the specification encodes the bytes of the final SHA-512 digest, three at a time. */
    private static final int[] SHA512_ORDER = {
        0, 21, 42, 22, 43, 1, 44, 2, 23, 3, 24, 45, 25, 46, 4, 47, 5, 26, 6, 27, 48,
        28, 49, 7, 50, 8, 29, 9, 30, 51, 31, 52, 10, 53, 11, 32, 12, 33, 54, 34, 55, 13,
        56, 14, 35, 15, 36, 57, 37, 58, 16, 59, 17, 38, 18, 39, 60, 40, 61, 19, 62, 20, 41};

    /** The order in which the specification encodes the bytes of the final SHA-256 digest, three at a time. */
    private static final int[] SHA256_ORDER = {
        0, 10, 20, 21, 1, 11, 12, 22, 2, 3, 13, 23, 24, 4, 14,
        15, 25, 5, 6, 16, 26, 27, 7, 17, 18, 28, 8, 9, 19, 29};

    private ShaCrypt() {
    }

    /**
     * Hashes a password.
     *
     * @param algorithm the hash function
     * @param password  the password as UTF-8 bytes; not changed
     * @param salt      1 to 16 salt characters from the crypt alphabet
     * @param rounds    the number of rounds, already within the specification's limits
     * @param explicitRounds whether the result names the rounds ({@code rounds=N$}), as it does
     *                  whenever the caller chose them
     * @return the crypt string
     */
    static String crypt(PasswordHasher.Algorithm algorithm, byte[] password, String salt, int rounds,
            boolean explicitRounds) {
        boolean sha512 = algorithm == PasswordHasher.Algorithm.SHA512;
        MessageDigest digest = newDigest(sha512 ? "SHA-512" : "SHA-256");
        byte[] saltBytes = salt.getBytes(StandardCharsets.US_ASCII);
        int length = password.length;

        // Steps 4-8: digest B of password, salt, password.
        digest.update(password);
        digest.update(saltBytes);
        digest.update(password);
        byte[] b = digest.digest();

        // Steps 1-3 and 9-12: digest A.
        digest.update(password);
        digest.update(saltBytes);
        int count;
        for (count = length; count > b.length; count -= b.length) {
            digest.update(b);
        }
        digest.update(b, 0, count);
        for (count = length; count > 0; count >>= 1) {
            if ((count & 1) != 0) {
                digest.update(b);
            } else {
                digest.update(password);
            }
        }
        byte[] a = digest.digest();

        // Steps 13-16: the byte sequence P, as long as the password.
        for (int i = 0; i < length; i++) {
            digest.update(password);
        }
        byte[] dp = digest.digest();
        byte[] p = repeat(dp, length);

        // Steps 17-20: the byte sequence S, as long as the salt.
        for (int i = 0; i < 16 + Byte.toUnsignedInt(a[0]); i++) {
            digest.update(saltBytes);
        }
        byte[] s = repeat(digest.digest(), saltBytes.length);

        // Step 21: the rounds.
        byte[] c = a;
        for (int round = 0; round < rounds; round++) {
            digest.update((round & 1) != 0 ? p : c);
            if (round % 3 != 0) {
                digest.update(s);
            }
            if (round % 7 != 0) {
                digest.update(p);
            }
            digest.update((round & 1) != 0 ? c : p);
            c = digest.digest();
        }
        Arrays.fill(dp, (byte) 0);
        Arrays.fill(p, (byte) 0);

        StringBuilder out = new StringBuilder(algorithm.prefix());
        if (explicitRounds) {
            out.append("rounds=").append(rounds).append('$');
        }
        out.append(salt).append('$');
        encode(c, sha512, out);
        return out.toString();
    }

    /** Step 22: the specification's base-64 encoding of the final digest. */
    private static void encode(byte[] c, boolean sha512, StringBuilder out) {
        int[] order = sha512 ? SHA512_ORDER : SHA256_ORDER;
        for (int i = 0; i < order.length; i += 3) {
            append(out, c[order[i]], c[order[i + 1]], c[order[i + 2]], 4);
        }
        if (sha512) {
            append(out, (byte) 0, (byte) 0, c[63], 2);
        } else {
            append(out, (byte) 0, c[31], c[30], 3);
        }
    }

    private static void append(StringBuilder out, byte high, byte middle, byte low, int characters) {
        int word = Byte.toUnsignedInt(high) << 16 | Byte.toUnsignedInt(middle) << 8 | Byte.toUnsignedInt(low);
        for (int i = 0; i < characters; i++) {
            out.append(ALPHABET[word & 0x3f]);
            word >>>= 6;
        }
    }

    private static byte[] repeat(byte[] block, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i += block.length) {
            System.arraycopy(block, 0, out, i, Math.min(block.length, length - i));
        }
        return out;
    }

    /** Tells whether a character may appear in a salt. */
    static boolean isSaltCharacter(char c) {
        return c == '.' || c == '/' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Returns the salt character for a number.
     *
     * @param index 0 to 63
     * @return the character
     */
    static char saltCharacter(int index) {
        return ALPHABET[index];
    }

    private static MessageDigest newDigest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides " + name, e);
        }
    }
}
