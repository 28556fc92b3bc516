package io.github.blueprint4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashPasswordCommandTest {

    private static final String SPEC_SHA512 =
            "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1";

    @ParameterizedTest
    @ValueSource(strings = {"Hello world!", "Hello world!\n", "Hello world!\r\n", "Hello world!\nsecond line\n"})
    void hashesTheFirstLineOfStandardInput(String input) {
        Cli.Result result = Cli.runWithInput(input, "hash-password", "--salt", "saltstring");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(SPEC_SHA512 + System.lineSeparator());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void defaultsToSha512WithARandomSalt() {
        Cli.Result first = Cli.runWithInput("nobodysawmedoit\n", "hash-password");
        Cli.Result second = Cli.runWithInput("nobodysawmedoit\n", "hash-password");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out().strip()).matches("\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}");
        assertThat(second.out().strip()).isNotEqualTo(first.out().strip());
        assertThat(first.out() + first.err()).doesNotContain("nobodysawmedoit");
    }

    @Test
    void choosesAlgorithmAndRounds() {
        Cli.Result result = Cli.runWithInput("Hello world!\n", "hash-password", "--algorithm", "SHA256",
                "--rounds", "10000", "--salt", "saltstringsaltstring");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip())
                .isEqualTo("$5$rounds=10000$saltstringsaltst$3xv.VbSHBb41AL9AvLeujZkZRBAwqFMz2.opqey6IcA");
    }

    @Test
    void tooFewRoundsAreRaisedToTheMinimum() {
        Cli.Result result = Cli.runWithInput("the minimum number is still observed", "hash-password",
                "--rounds", "10", "--salt", "roundstoolow");

        assertThat(result.out().strip()).isEqualTo(
                "$6$rounds=1000$roundstoolow$kUMsbe306n21p9R.FRkW3IGn.S9NPN0x50YhH1xhLsPuWGsUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYBaHHrsX.");
    }

    @Test
    void readsUtf8() {
        Cli.Result result = Cli.runWithInput("pässwörd €✓ 𝄞\n", "hash-password", "--rounds", "2048", "--salt", "tf8salt");

        assertThat(result.out().strip()).isEqualTo("$6$rounds=2048$tf8salt$VowVsTEOyIrAJ9bbmMHDo/bKBioSbY2FFZyDsa9be40FGl09AJ6CXc1feFZS2n6ChtpWFAa9rNf1wbHHsfwmx.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void anEmptyPasswordExitsTwo(String input) {
        Cli.Result result = Cli.runWithInput(input, "hash-password");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("error: The password is empty; an empty password is no password.");
    }

    @Test
    void emptyStandardInputExitsTwo() {
        Cli.Result result = Cli.runWithInput("", "hash-password");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("error: No password: standard input is empty or is not UTF-8 text.");
    }

    @Test
    void inputThatIsNotUtf8ExitsTwo() {
        byte[] latin1 = "pässword\n".getBytes(StandardCharsets.ISO_8859_1);

        Cli.Result result = Cli.runWithInput(latin1, "hash-password");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("error: No password: standard input is empty or is not UTF-8 text.");
    }

    @Test
    void aPasswordWithNulExitsTwoWithoutShowingIt() {
        Cli.Result result = Cli.runWithInput("hunter2\0x\n", "hash-password");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).isEqualTo("error: The password contains a NUL character, where crypt(3) would end it.");
    }

    @Test
    void thePasswordIsNeverAnArgument() {
        Cli.Result result = Cli.runWithInput("x\n", "hash-password", "hunter2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Unmatched argument", "Usage: blueprint hash-password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad$salt", "colon:salt"})
    void anInvalidSaltIsAUsageError(String salt) {
        Cli.Result result = Cli.runWithInput("x\n", "hash-password", "--salt", salt);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Invalid value for option '--salt': A salt needs at least one character,"
                + " and only characters from [./0-9A-Za-z].");
    }

    @Test
    void anUnknownAlgorithmIsAUsageError() {
        Cli.Result result = Cli.runWithInput("x\n", "hash-password", "--algorithm", "md5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("expected sha512 or sha256 but was 'md5'");
    }

    @Test
    void helpSaysWhereThePasswordComesFrom() {
        Cli.Result result = Cli.run("hash-password", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: blueprint hash-password", "--algorithm=sha512|sha256",
                "--rounds=N", "--salt=SALT");
        assertThat(result.out().replaceAll("\\s+", " ")).contains("The password is the first line of standard input",
                "on a terminal it is asked for without echo", "It is never taken from the command line");
    }
}
