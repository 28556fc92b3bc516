package io.github.blueprint4j.operations;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Hashes passwords with SHA-512 or SHA-256 crypt, byte for byte as glibc's {@code crypt(3)}
 * does with a {@code $6$} or {@code $5$} setting (Ulrich Drepper, "Unix crypt using SHA-256 and
 * SHA-512"). The result is a string for {@code customizations.user[].password} or
 * {@code /etc/shadow}, such as {@code $6$saltstring$svn8UoSV...}.
 *
 * <p>{@link #sha512()} hashes as osbuild-composer does on push: SHA-512, the default 5000 rounds
 * (not named in the result) and a random 16-character salt from {@link SecureRandom}. The
 * {@link #builder()} chooses the algorithm, the rounds and a fixed salt or another
 * {@link SecureRandom}.
 *
 * <p>The password is encoded as UTF-8; any length is hashed, as the specification and glibc do.
 * Note that libxcrypt, the crypt(3) of current distributions, refuses passwords of 512 bytes or
 * more, so a hash of such a password logs nobody in there. Instances are immutable and
 * thread-safe; neither they nor their exceptions ever show a password.
 */
public final class PasswordHasher {

    /** The hash functions of SHA-crypt. */
    public enum Algorithm {
        /** SHA-512 crypt, {@code $6$}: what osbuild-composer uses. */
        SHA512("$6$"),
        /** SHA-256 crypt, {@code $5$}. */
        SHA256("$5$");

        private final String prefix;

        Algorithm(String prefix) {
            this.prefix = prefix;
        }

        /**
         * Returns the prefix that names the algorithm in a crypt string.
         *
         * @return {@code $6$} or {@code $5$}
         */
        public String prefix() {
            return prefix;
        }
    }

    /** The rounds used when none are chosen; they are then not named in the result. */
    public static final int DEFAULT_ROUNDS = 5000;
    /** The fewest rounds; fewer are raised to this, as the specification demands. */
    public static final int MIN_ROUNDS = 1000;
    /** The most rounds; more are lowered to this, as the specification demands. */
    public static final int MAX_ROUNDS = 999_999_999;
    /** The length of a generated salt, and the longest salt used. */
    public static final int SALT_LENGTH = 16;

    /**
     * The prefixes of the crypt(3) formats that {@link #isCrypted(String)} recognises: SHA-512
     * ({@code $6$}), SHA-256 ({@code $5$}), bcrypt ({@code $2b$}, {@code $2a$}, {@code $2y$}),
     * yescrypt ({@code $y$}), gost-yescrypt ({@code $gy$}), scrypt ({@code $7$}) and MD5
     * ({@code $1$}).
     */
    public static final List<String> CRYPT_PREFIXES =
            List.of("$6$", "$5$", "$2b$", "$2a$", "$2y$", "$y$", "$gy$", "$7$", "$1$");

    private final Algorithm algorithm;
    private final Integer rounds;
    private final String salt;
    private final SecureRandom random;

    private PasswordHasher(Builder builder) {
        this.algorithm = builder.algorithm;
        this.rounds = builder.rounds;
        this.salt = builder.salt;
        this.random = builder.random != null ? builder.random : new SecureRandom();
    }

    /**
     * Returns a hasher that works as osbuild-composer does on push: SHA-512, default rounds,
     * random 16-character salt.
     *
     * @return the hasher
     */
    public static PasswordHasher sha512() {
        return builder().build();
    }

    /**
     * Returns a builder; without changes it builds what {@link #sha512()} returns.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a value is already a crypt(3) hash, by its prefix (one of
     * {@link #CRYPT_PREFIXES}). Such values must never be hashed again.
     *
     * <p>This recognises more formats than osbuild-composer, which keeps only {@code $6$},
     * {@code $5$} and {@code $2b$} and hashes every other value again, so that a yescrypt
     * ({@code $y$}) hash pushed to it no longer logs anybody in.
     *
     * @param value a password field, or {@code null}
     * @return {@code true} if the value starts with a crypt prefix
     */
    public static boolean isCrypted(String value) {
        return value != null && CRYPT_PREFIXES.stream().anyMatch(value::startsWith);
    }

    /**
     * Returns the algorithm.
     *
     * @return the algorithm
     */
    public Algorithm algorithm() {
        return algorithm;
    }

    /**
     * Hashes a password.
     *
     * @param password the password; its UTF-8 encoding is hashed
     * @return the crypt string: prefix, {@code rounds=N$} if rounds were chosen, salt, {@code $}, hash
     * @throws IllegalArgumentException if the password contains U+0000 (crypt(3) would end the
     *                                  password there) or an unpaired surrogate
     */
    public String hash(CharSequence password) {
        Objects.requireNonNull(password, "password");
        return hash(CharBuffer.wrap(password));
    }

    /**
     * Hashes a password held in an array, which the caller can clear afterwards; the copies
     * made here are cleared before returning.
     *
     * @param password the password; its UTF-8 encoding is hashed; not changed
     * @return the crypt string: prefix, {@code rounds=N$} if rounds were chosen, salt, {@code $}, hash
     * @throws IllegalArgumentException if the password contains U+0000 (crypt(3) would end the
     *                                  password there) or an unpaired surrogate
     */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        return hash(CharBuffer.wrap(password));
    }

    private String hash(CharBuffer password) {
        for (int i = 0; i < password.length(); i++) {
            if (password.charAt(i) == '\0') {
                throw new IllegalArgumentException("The password contains a NUL character, where crypt(3) would end it.");
            }
        }
        byte[] bytes = utf8(password);
        try {
            int effectiveRounds = rounds == null ? DEFAULT_ROUNDS : Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, rounds));
            return ShaCrypt.crypt(algorithm, bytes, salt != null ? salt : randomSalt(), effectiveRounds, rounds != null);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private String randomSalt() {
        char[] out = new char[SALT_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = ShaCrypt.saltCharacter(random.nextInt(64));
        }
        return new String(out);
    }

    private static byte[] utf8(CharBuffer password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(password);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The password is not valid Unicode text (an unpaired surrogate).");
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** Describes the settings: algorithm, rounds and whether the salt is fixed. */
    @Override
    public String toString() {
        return "PasswordHasher[" + algorithm + ", rounds=" + (rounds == null ? "default" : rounds)
                + ", salt=" + (salt == null ? "random" : "fixed") + "]";
    }

    /**
     * Builds {@link PasswordHasher} objects. Not thread-safe; {@link #build()} may be called more
     * than once.
     */
    public static final class Builder {
        private Algorithm algorithm = Algorithm.SHA512;
        private Integer rounds;
        private String salt;
        private SecureRandom random;

        private Builder() {
        }

        /**
         * Sets the algorithm; the default is {@link Algorithm#SHA512}.
         *
         * @param algorithm the algorithm
         * @return this builder
         */
        public Builder algorithm(Algorithm algorithm) {
            this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /**
         * Chooses the number of rounds, which the result then names ({@code rounds=N$}), even
         * when it is the default 5000. Values below {@value PasswordHasher#MIN_ROUNDS} or above
         * {@value PasswordHasher#MAX_ROUNDS} are raised or lowered to that limit, as the specification and
         * glibc do (libxcrypt refuses them instead).
         *
         * @param rounds the number of rounds
         * @return this builder
         */
        public Builder rounds(int rounds) {
            this.rounds = rounds;
            return this;
        }

        /**
         * Uses a fixed salt instead of a random one, for reproducible results. Characters after
         * the 16th are ignored, as crypt(3) does.
         *
         * @param salt at least one character from {@code [./0-9A-Za-z]}
         * @return this builder
         * @throws IllegalArgumentException if the salt is empty or has another character
         */
        public Builder salt(String salt) {
            Objects.requireNonNull(salt, "salt");
            if (salt.isEmpty() || !salt.chars().allMatch(c -> ShaCrypt.isSaltCharacter((char) c))) {
                throw new IllegalArgumentException(
                        "A salt needs at least one character, and only characters from [./0-9A-Za-z].");
            }
            this.salt = salt.substring(0, Math.min(SALT_LENGTH, salt.length()));
            return this;
        }

        /**
         * Sets where random salts come from; the default is a new {@link SecureRandom}.
         *
         * @param random the source
         * @return this builder
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Creates the {@link PasswordHasher}.
         *
         * @return a new immutable hasher
         */
        public PasswordHasher build() {
            return new PasswordHasher(this);
        }
    }
}
