package io.github.blueprint4j.cli;

import io.github.blueprint4j.operations.PasswordHasher;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code blueprint hash-password}: reads a password from standard input and prints its
 * SHA-crypt hash. The password is never taken from the command line and never printed.
 */
@Command(name = "hash-password",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Reads a password from standard input and prints its crypt(3) hash, a value for"
                    + " customizations.user[].password that the server keeps as it is.",
            "",
            "The password is the first line of standard input, without its line break (\\n or \\r\\n);"
                    + " on a terminal it is asked for without echo. It is never taken from the command line,"
                    + " where other users and the shell history would see it, and never printed.",
            "",
            "Without options the hash is the one osbuild-composer makes on push: SHA-512, the default"
                    + " 5000 rounds and a random 16-character salt, for example",
            "  $6$Wm7iqV0qy5BbZ3aU$9pZ...",
            "Rounds below 1000 or above 999999999 are raised or lowered to that limit."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The hash is printed.",
            "2:Usage error, or no usable password: standard input is empty or not UTF-8, or the password"
                    + " is empty or has a NUL character."
        })
final class HashPasswordCommand implements Callable<Integer> {

    /** Converts {@code sha512} or {@code sha256}, in any case, to an {@link PasswordHasher.Algorithm}. */
    static final class AlgorithmConverter implements ITypeConverter<PasswordHasher.Algorithm> {
        @Override
        public PasswordHasher.Algorithm convert(String value) {
            try {
                return PasswordHasher.Algorithm.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected sha512 or sha256 but was '" + value + "'");
            }
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--algorithm", paramLabel = "sha512|sha256", defaultValue = "sha512",
            converter = AlgorithmConverter.class,
            description = "The hash: sha512 ($6$, the default, as the server) or sha256 ($5$).")
    private PasswordHasher.Algorithm algorithm;

    @Option(names = "--rounds", paramLabel = "N",
            description = "The number of rounds, then named in the hash (rounds=N$); default 5000, not named.")
    private Integer rounds;

    @Option(names = "--salt", paramLabel = "SALT",
            description = "A fixed salt of 1 to 16 characters from [./0-9A-Za-z] (longer ones are cut);"
                    + " default a random one. Use it only to reproduce a hash.")
    private String salt;

    /** Where the password comes from; {@code null} for the process's standard input. */
    private final InputStream in;

    /** Creates the command reading the process's standard input, or the terminal without echo. */
    HashPasswordCommand() {
        this(null);
    }

    /**
     * Creates the command reading the password from a stream.
     *
     * @param in the stream, or {@code null} for the process's standard input
     */
    HashPasswordCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PasswordHasher hasher = hasher();
        char[] password;
        try {
            password = readPassword();
        } catch (IOException e) {
            return fail("Standard input cannot be read: " + IoErrors.reason(e) + ".");
        }
        if (password == null) {
            return fail("No password: standard input is empty or is not UTF-8 text.");
        }
        try {
            if (password.length == 0) {
                return fail("The password is empty; an empty password is no password.");
            }
            spec.commandLine().getOut().println(hasher.hash(password));
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private PasswordHasher hasher() {
        PasswordHasher.Builder builder = PasswordHasher.builder().algorithm(algorithm);
        if (rounds != null) {
            builder.rounds(rounds);
        }
        if (salt != null) {
            try {
                builder.salt(salt);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--salt': " + e.getMessage());
            }
        }
        return builder.build();
    }

    /** Returns the password, or {@code null} when there is none or it is not UTF-8. */
    private char[] readPassword() throws IOException {
        Console console = System.console();
        if (in == null && console != null) {
            return console.readPassword("Password: ");
        }
        byte[] line = readLine(in != null ? in : System.in);
        if (line == null) {
            return null;
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            Arrays.fill(chars.array(), '\0');
            return password;
        } catch (CharacterCodingException e) {
            return null;
        } finally {
            Arrays.fill(line, (byte) 0);
        }
    }

    /**
     * Reads up to the first line break, which is dropped with a carriage return before it.
     * Every buffer but the result is cleared.
     *
     * @return the line, or {@code null} when the stream ends at once
     */
    private static byte[] readLine(InputStream stream) throws IOException {
        int b = stream.read();
        if (b < 0) {
            return null;
        }
        byte[] buffer = new byte[64];
        int length = 0;
        while (b >= 0 && b != '\n') {
            if (length == buffer.length) {
                byte[] larger = Arrays.copyOf(buffer, length * 2);
                Arrays.fill(buffer, (byte) 0);
                buffer = larger;
            }
            buffer[length++] = (byte) b;
            b = stream.read();
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        byte[] line = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, (byte) 0);
        return line;
    }

    private int fail(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return ExitCodes.USAGE;
    }
}
