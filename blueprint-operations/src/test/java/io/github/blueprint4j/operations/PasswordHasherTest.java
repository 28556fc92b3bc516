package io.github.blueprint4j.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blueprint4j.operations.PasswordHasher.Algorithm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /**
     * One line of a vector file.
     *
     * @param algorithm the algorithm
     * @param rounds    the rounds, {@code null} for none given
     * @param salt      the salt as given to crypt
     * @param password  the password
     * @param expected  the crypt string
     */
    record Vector(Algorithm algorithm, Integer rounds, String salt, String password, String expected) {

        PasswordHasher hasher() {
            PasswordHasher.Builder builder = PasswordHasher.builder().algorithm(algorithm).salt(salt);
            if (rounds != null) {
                builder.rounds(rounds);
            }
            return builder.build();
        }

        @Override
        public String toString() {
            return expected.substring(0, expected.lastIndexOf('$'));
        }
    }

    static List<Vector> vectors(String resource) throws IOException {
        List<Vector> vectors = new ArrayList<>();
        try (InputStream in = PasswordHasherTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                vectors.add(new Vector(Algorithm.valueOf(columns[0].toUpperCase(Locale.ROOT)),
                        columns[1].equals("-") ? null : Integer.valueOf(columns[1]), columns[2], columns[3], columns[4]));
            }
        }
        return vectors;
    }

    static List<Vector> specificationVectors() throws IOException {
        return vectors("sha-crypt-spec-vectors.tsv");
    }

    static List<Vector> libxcryptVectors() throws IOException {
        return vectors("sha-crypt-libxcrypt-vectors.tsv");
    }

    @Test
    void theVectorFilesHoldTheSpecificationsFourteenAndTheExtraEighteen() throws IOException {
        assertThat(specificationVectors()).hasSize(14)
                .extracting(Vector::algorithm).containsOnly(Algorithm.SHA256, Algorithm.SHA512);
        assertThat(libxcryptVectors()).hasSize(18);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specificationVectors")
    void hashesTheSpecificationsTestVectors(Vector vector) {
        assertThat(vector.hasher().hash(vector.password())).isEqualTo(vector.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libxcryptVectors")
    void hashesAsTheSystemCryptOnEdgeCases(Vector vector) {
        assertThat(vector.hasher().hash(vector.password())).isEqualTo(vector.expected());
    }

    @Test
    void charArrayAndStringGiveTheSameHashAndTheArrayIsLeftAlone() {
        PasswordHasher hasher = PasswordHasher.builder().salt("saltstring").build();
        char[] password = "Hello world!".toCharArray();

        assertThat(hasher.hash(password)).isEqualTo(hasher.hash("Hello world!"))
                .isEqualTo("$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1");
        assertThat(password).containsExactly("Hello world!".toCharArray());
    }

    @Test
    void defaultHasherIsSha512WithDefaultRoundsAndARandomSixteenCharacterSalt() {
        PasswordHasher hasher = PasswordHasher.sha512();

        String first = hasher.hash("nobodysawmedoit");
        String second = hasher.hash("nobodysawmedoit");

        assertThat(first).matches("\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}");
        assertThat(second).matches("\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}").isNotEqualTo(first);
        String salt = first.substring(3, 19);
        assertThat(PasswordHasher.builder().salt(salt).build().hash("nobodysawmedoit")).isEqualTo(first);
        assertThat(hasher.algorithm()).isEqualTo(Algorithm.SHA512);
    }

    @Test
    void sha256HashesHaveFortyThreeCharacters() {
        String hash = PasswordHasher.builder().algorithm(Algorithm.SHA256).build().hash("pw");

        assertThat(hash).matches("\\$5\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{43}");
    }

    @Test
    void randomSaltsUseEveryCharacterOfTheAlphabet() {
        PasswordHasher hasher = PasswordHasher.sha512();
        StringBuilder salts = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            salts.append(hasher.hash("x"), 3, 19);
        }
        assertThat(salts.chars().distinct().count()).isEqualTo(64);
    }

    @Test
    void chosenRoundsAreNamedEvenWhenTheyAreTheDefault() {
        PasswordHasher explicit = PasswordHasher.builder().salt("RWdHzrPfoM6BMuIP").rounds(5000).build();
        PasswordHasher implicit = PasswordHasher.builder().salt("RWdHzrPfoM6BMuIP").build();

        String named = explicit.hash("nobodysawmedoit");
        String unnamed = implicit.hash("nobodysawmedoit");

        assertThat(named).startsWith("$6$rounds=5000$RWdHzrPfoM6BMuIP$");
        assertThat(unnamed).startsWith("$6$RWdHzrPfoM6BMuIP$");
        assertThat(named.substring(named.lastIndexOf('$'))).isEqualTo(unnamed.substring(unnamed.lastIndexOf('$')));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 10, 999})
    void tooFewRoundsAreRaisedToTheMinimum(int rounds) {
        String hash = PasswordHasher.builder().salt("roundstoolow").rounds(rounds).build()
                .hash("the minimum number is still observed");

        assertThat(hash).isEqualTo("$6$rounds=1000$roundstoolow$kUMsbe306n21p9R.FRkW3IGn.S9NPN0x50YhH1xhLsPuWGsUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYBaHHrsX.");
    }

    @Test
    void saltsAreCutAtSixteenCharacters() {
        String hash = PasswordHasher.builder().salt("toolongsaltstring").build().hash("pw");

        assertThat(hash).startsWith("$6$toolongsaltstrin$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a$b", "a:b", "semi;colon", "new\nline", "ü"})
    void saltsOutsideTheCryptAlphabetAreRefused(String salt) {
        assertThatThrownBy(() -> PasswordHasher.builder().salt(salt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A salt needs at least one character, and only characters from [./0-9A-Za-z].");
    }

    @Test
    void aPasswordWithNulIsRefusedWithoutShowingIt() {
        PasswordHasher hasher = PasswordHasher.sha512();

        assertThatThrownBy(() -> hasher.hash("hunter2\0rest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The password contains a NUL character, where crypt(3) would end it.");
    }

    @Test
    void aPasswordWithAnUnpairedSurrogateIsRefusedWithoutShowingIt() {
        PasswordHasher hasher = PasswordHasher.sha512();

        assertThatThrownBy(() -> hasher.hash("hunter2\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The password is not valid Unicode text (an unpaired surrogate).");
    }

    @Test
    void toStringShowsTheSettingsButNotTheSalt() {
        assertThat(PasswordHasher.sha512()).hasToString("PasswordHasher[SHA512, rounds=default, salt=random]");
        assertThat(PasswordHasher.builder().algorithm(Algorithm.SHA256).rounds(7000).salt("secretsalt").build())
                .hasToString("PasswordHasher[SHA256, rounds=7000, salt=fixed]");
    }

    static Stream<String> cryptPrefixes() {
        return PasswordHasher.CRYPT_PREFIXES.stream();
    }

    @ParameterizedTest
    @MethodSource("cryptPrefixes")
    void everyCryptPrefixIsRecognised(String prefix) {
        assertThat(PasswordHasher.isCrypted(prefix + "rest")).isTrue();
    }

    @Test
    void theCryptPrefixesAreTheNineOfTheIssue() {
        assertThat(PasswordHasher.CRYPT_PREFIXES)
                .containsExactly("$6$", "$5$", "$2b$", "$2a$", "$2y$", "$y$", "$gy$", "$7$", "$1$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "secret", "$6", "6$abc", "$x$abc", "$2$abc", "$2x$abc", " $6$abc", "$argon2id$v=19$"})
    void otherValuesArePlainText(String value) {
        assertThat(PasswordHasher.isCrypted(value)).isFalse();
    }

    @Test
    void nullIsNotCrypted() {
        assertThat(PasswordHasher.isCrypted(null)).isFalse();
    }

    @Test
    void hashingTheSameSettingsConcurrentlyGivesTheSameResult() throws Exception {
        PasswordHasher hasher = PasswordHasher.builder().salt("saltstring").build();
        List<Thread> threads = new ArrayList<>();
        String[] results = new String[8];
        for (int i = 0; i < results.length; i++) {
            int slot = i;
            threads.add(new Thread(() -> results[slot] = hasher.hash("Hello world!")));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(Arrays.stream(results).distinct()).containsExactly(
                "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1");
    }
}
