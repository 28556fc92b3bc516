package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.blueprint4j.operations.PasswordHasher.Algorithm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Compares random passwords, salts and rounds with the implementations of this machine: the
 * system's crypt(3) through Python's {@code crypt} module, and OpenSSL's {@code passwd}. Each
 * test is skipped when its tool is missing; the committed vectors of {@link PasswordHasherTest}
 * are the main proof.
 */
class SystemCryptTest {

    private static final int CASES = 50;
    private static final String PYTHON = String.join("\n",
            "import sys, warnings",
            "warnings.simplefilter('ignore')",
            "import crypt",
            "for line in sys.stdin:",
            "    setting, password = line.rstrip('\\n').split('\\t')",
            "    print(crypt.crypt(bytes.fromhex(password).decode('utf-8'), setting))");

    /**
     * A random case.
     *
     * @param algorithm the algorithm
     * @param rounds    the rounds, {@code null} for none
     * @param salt      the salt
     * @param password  the password
     */
    record Case(Algorithm algorithm, Integer rounds, String salt, String password) {

        String setting() {
            return algorithm.prefix() + (rounds == null ? "" : "rounds=" + rounds + "$") + salt;
        }

        String hash() {
            PasswordHasher.Builder builder = PasswordHasher.builder().algorithm(algorithm).salt(salt);
            if (rounds != null) {
                builder.rounds(rounds);
            }
            return builder.build().hash(password);
        }
    }

    @Test
    void agreesWithTheSystemCryptThroughPython() throws Exception {
        assumeTrue(works("python3", "-W", "ignore", "-c", "import crypt"), "python3 with the crypt module");
        long seed = System.nanoTime();
        List<Case> cases = randomCases(seed);
        StringBuilder input = new StringBuilder();
        for (Case c : cases) {
            input.append(c.setting()).append('\t')
                    .append(HexFormat.of().formatHex(c.password().getBytes(StandardCharsets.UTF_8))).append('\n');
        }

        List<String> expected = run(input.toString(), "python3", "-W", "ignore", "-c", PYTHON);

        assertThat(expected).as("python3 answered every case (seed %d)", seed).hasSize(CASES);
        for (int i = 0; i < CASES; i++) {
            assertThat(cases.get(i).hash()).as("%s (seed %d)", cases.get(i).setting(), seed).isEqualTo(expected.get(i));
        }
    }

    @Test
    void agreesWithOpenSsl() throws Exception {
        assumeTrue(works("openssl", "passwd", "-help"), "openssl");
        long seed = System.nanoTime();
        for (Case c : randomCases(seed)) {
            String salt = (c.rounds() == null ? "" : "rounds=" + c.rounds() + "$") + c.salt();
            List<String> expected = run(c.password() + "\n", "openssl", "passwd",
                    c.algorithm() == Algorithm.SHA512 ? "-6" : "-5", "-salt", salt, "-stdin");

            assertThat(c.hash()).as("%s (seed %d)", c.setting(), seed).isEqualTo(expected.get(0));
        }
    }

    private static List<Case> randomCases(long seed) {
        Random random = new Random(seed);
        String saltCharacters = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        int[] passwordCodePoints = {'a', 'Z', '0', ' ', '!', '$', '\\', '"', '\'', '\t', 'é', 'ß', '€', '✓', '漢', 0x1D11E, 0x1F600};
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            StringBuilder salt = new StringBuilder();
            for (int n = 1 + random.nextInt(16); n > 0; n--) {
                salt.append(saltCharacters.charAt(random.nextInt(saltCharacters.length())));
            }
            StringBuilder password = new StringBuilder();
            // 1 to 60 characters, at most 240 bytes: openssl passwd refuses empty passwords and cuts
            // passwords at 256 bytes (the empty password is among the committed vectors).
            for (int n = 1 + random.nextInt(60); n > 0; n--) {
                password.appendCodePoint(random.nextInt(3) == 0
                        ? passwordCodePoints[random.nextInt(passwordCodePoints.length)]
                        : 0x21 + random.nextInt(0x5e));
            }
            cases.add(new Case(random.nextBoolean() ? Algorithm.SHA512 : Algorithm.SHA256,
                    random.nextBoolean() ? null : 1000 + random.nextInt(9000), salt.toString(), password.toString()));
        }
        return cases;
    }

    private static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> run(String input, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        return output.lines().toList();
    }
}
