package io.github.blueprint4j.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code blueprint} command: validates, converts, formats and compares osbuild blueprints,
 * and computes what the server stores on push (versions, password hashes).
 *
 * <p>Run {@code blueprint --help} for the subcommands and {@code blueprint COMMAND --help} for
 * their options. Every command exits with 0 when all is well (warnings allowed), 1 when a file
 * has errors (for {@code diff}: the files differ), and 2 on a usage error or a file that cannot
 * be read or written.
 */
@Command(name = "blueprint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Validates, converts, formats and compares osbuild blueprints written in TOML or JSON,",
            "computes what the server stores on push (the version and password hashes), and lists",
            "what each image type supports."
        },
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success; warnings are allowed.",
            "1:A file has errors (or, for fmt --check, is not formatted; for diff, the files differ;"
                    + " for bump, the server refuses the version).",
            "2:Usage error, or a file cannot be read or written."
        })
public final class BlueprintCommand implements Runnable {

    /**
     * The subcommands, in the order of the usage help. They are not in the {@code @Command}
     * annotation: picocli builds the model of every subcommand it is given (reflection over
     * their options), which was most of the start-up time of a command; {@link #commandLine}
     * gives it only the one a command line names.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, ConvertCommand.class,
            FmtCommand.class, DiffCommand.class, BumpCommand.class, HashPasswordCommand.class,
            HashPasswordsCommand.class, ImageTypesCommand.class);

    @Spec
    private CommandSpec spec;

    /** Creates the command; run it with {@code new CommandLine(new BlueprintCommand()).execute(args)}. */
    public BlueprintCommand() {
    }

    /**
     * Refuses to run without a subcommand.
     *
     * @throws ParameterException always, which makes picocli print the usage and exit with 2
     */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: validate, convert, fmt, diff, bump, hash-password, hash-passwords or image-types.");
    }

    /**
     * Runs the command line and exits with its exit code. Standard output and standard error
     * are written in UTF-8, whatever the platform's default, since they carry blueprint documents.
     * If the JVM runs out of memory, one line says so and the exit code is 2.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = utf8(System.out);
        PrintWriter err = utf8(System.err);
        int exitCode;
        try {
            exitCode = commandLine(CommandLine.defaultFactory(), args).setOut(out).setErr(err).execute(args);
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println(OutOfMemory.line());
            exitCode = ExitCodes.USAGE;
        }
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * The command line that runs these arguments: the {@code blueprint} command with only the
     * subcommand the first argument names, or with all of them when it names none (no
     * argument, {@code --help}, {@code --version}, a misspelt command, which picocli then
     * answers with the closest names). Either way the arguments parse and run the same.
     *
     * @param factory creates the commands
     * @param args the arguments the command line will execute
     * @return a new command line
     */
    static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        CommandLine commandLine = new CommandLine(new BlueprintCommand(), factory);
        Class<?> named = named(args);
        for (Class<?> type : SUBCOMMANDS) {
            if (named == null || type == named) {
                commandLine.addSubcommand(type);
            }
        }
        return commandLine;
    }

    private static Class<?> named(String... args) {
        return args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(type -> type.getAnnotation(Command.class).name().equals(args[0]))
                .findFirst().orElse(null);
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
