package io.github.blueprint4j.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in process and captures what it prints. */
final class Cli {

    /**
     * What a run of the command line did.
     *
     * @param exitCode the exit code
     * @param out      standard output
     * @param err      standard error
     */
    record Result(int exitCode, String out, String err) {

        /** Returns the lines of standard output. */
        List<String> outLines() {
            return out.lines().toList();
        }

        /** Returns the lines of standard error. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    /** Runs {@code blueprint} with the arguments and an empty standard input. */
    static Result run(String... args) {
        return runWithInput("", args);
    }

    /** Runs {@code blueprint} with the arguments, the text (UTF-8) on standard input. */
    static Result runWithInput(String input, String... args) {
        return runWithInput(input.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs {@code blueprint} with the arguments, the bytes on standard input. */
    static Result runWithInput(byte[] input, String... args) {
        InputStream in = new ByteArrayInputStream(input);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                // the commands that read standard input take it in a constructor
                try {
                    return type.getDeclaredConstructor(InputStream.class).newInstance(in);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BlueprintCommand.commandLine(factory, args)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
