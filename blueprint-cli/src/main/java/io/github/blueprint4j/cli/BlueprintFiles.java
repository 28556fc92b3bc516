package io.github.blueprint4j.cli;

import io.github.blueprint4j.diagnostic.Diagnostic;
import io.github.blueprint4j.io.BlueprintDocument;
import io.github.blueprint4j.io.BlueprintParseException;
import io.github.blueprint4j.io.BlueprintReader;
import io.github.blueprint4j.io.ReadResult;
import io.github.blueprint4j.model.internal.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads the files named on the command line as blueprints for the commands that transform or
 * compare them ({@code convert}, {@code fmt}, {@code bump --write}, {@code hash-passwords},
 * {@code diff}; {@code validate} reads standard input through it), {@code -} standing for
 * standard input. A file that cannot be read has its diagnostics printed on the error stream and
 * raises the exit code; the command goes on with the other files.
 */
final class BlueprintFiles {

    /**
     * A file read as a blueprint.
     *
     * @param source   the file and its text
     * @param document the blueprint read from it, with what it keeps of the text
     */
    record Loaded(SourceFile source, BlueprintDocument document) {

        /** Returns the blueprint read and the warnings of reading. */
        ReadResult result() {
            return document.readResult();
        }
    }

    /** The code of reading's warning about a value a blueprint cannot hold, which writing therefore leaves out. */
    static final String NOT_KEPT = "GEN-VALUE-NOT-KEPT";

    private final BlueprintReader reader = BlueprintReader.builder().build();
    private final PrintWriter err;
    private final InputStream in;
    private boolean standardInputRead;
    private int exitCode = ExitCodes.OK;

    /**
     * Creates the reader of a command's files.
     *
     * @param err where diagnostics go
     * @param in  what {@value SourceFile#STANDARD_INPUT} reads, or {@code null} for the process's standard input
     */
    BlueprintFiles(PrintWriter err, InputStream in) {
        this.err = err;
        this.in = in;
    }

    /**
     * Refuses, as a usage error, {@value SourceFile#STANDARD_INPUT} among files that are to be
     * written: standard input has no file to write to.
     *
     * @param spec  the command
     * @param files the file names as given on the command line
     * @param why   what the command would write, for the message ("--write rewrites files in place")
     * @throws ParameterException if a name is {@value SourceFile#STANDARD_INPUT}
     */
    static void refuseStandardInput(CommandSpec spec, List<String> files, String why) {
        if (files.contains(SourceFile.STANDARD_INPUT)) {
            throw new ParameterException(spec.commandLine(), "- (standard input) is no file to write: " + why + ".");
        }
    }

    /**
     * Reads a file as text; {@value SourceFile#STANDARD_INPUT} reads standard input, once.
     *
     * @param name the file name as given on the command line
     * @return the file, or empty if it cannot be read (reported, exit code 2)
     */
    Optional<SourceFile> source(String name) {
        try {
            return Optional.of(name.equals(SourceFile.STANDARD_INPUT) ? standardInput() : SourceFile.read(name));
        } catch (UnreadableFileException e) {
            report(name, List.of(e.diagnostic()), ExitCodes.USAGE);
            return Optional.empty();
        }
    }

    /**
     * Reads standard input, the first time it is named.
     *
     * @return its text, as the file {@value SourceFile#STANDARD_INPUT}
     * @throws UnreadableFileException if it cannot be read, is not UTF-8, or was read before
     */
    SourceFile standardInput() throws UnreadableFileException {
        if (standardInputRead) {
            throw new UnreadableFileException("Standard input is read once; it is named twice.");
        }
        standardInputRead = true;
        return SourceFile.standardInput(in != null ? in : System.in);
    }

    /**
     * Reads a file as a blueprint.
     *
     * @param source the file
     * @return the blueprint, or empty if the file is not a readable blueprint (reported, exit code 1)
     */
    Optional<Loaded> blueprint(SourceFile source) {
        try {
            return Optional.of(new Loaded(source, reader.readDocument(source.text(), source.format())));
        } catch (BlueprintParseException e) {
            OutOfMemory.rethrowIfOutOfMemory(e);
            report(source.name(), e.diagnostics(), ExitCodes.FAILED);
            return Optional.empty();
        }
    }

    /**
     * Reads a file as text and as a blueprint.
     *
     * @param name the file name as given on the command line
     * @return the blueprint, or empty if the file cannot be read (reported)
     */
    Optional<Loaded> load(String name) {
        return source(name).flatMap(this::blueprint);
    }

    /**
     * Reports a file that is not a readable blueprint (exit code 1).
     *
     * @param name        the file name as given on the command line
     * @param diagnostics why
     */
    void refuse(String name, List<Diagnostic> diagnostics) {
        report(name, diagnostics, ExitCodes.FAILED);
    }

    /**
     * Prints a problem that concerns a file as a whole on the error stream and raises the exit code.
     *
     * @param name     the file name as given on the command line
     * @param message  the problem, a sentence
     * @param exitCode the exit code it calls for
     */
    void fail(String name, String message, int exitCode) {
        err.println(Redaction.escape(name + ": " + message));
        raise(exitCode);
    }

    /**
     * Writes a file's new text, reporting a failure (exit code 2).
     *
     * @param source the file
     * @param text   its new content
     * @return whether it was written
     */
    boolean write(SourceFile source, String text) {
        try {
            Files.writeString(source.path(), text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            fail(source.name(), "The file cannot be written: " + IoErrors.reason(e) + ".", ExitCodes.USAGE);
            return false;
        }
    }

    /**
     * Tells whether a file's new text still holds every value of the file. Reading does not keep
     * a value a blueprint cannot hold ({@value #NOT_KEPT}: a null in a list, {@code nan}, ...), so
     * a new text written from the blueprint, rather than edited in place, leaves such values out.
     * Then the values are reported and the file is refused (exit code 1): nothing the person
     * wrote is dropped without a word.
     *
     * @param file the file as read
     * @param text its new text
     * @return whether the new text may be written or printed
     */
    boolean keepsEverything(Loaded file, String text) {
        List<Diagnostic> notKept = notKept(file.result().diagnostics());
        if (notKept.isEmpty() || text.equals(file.source().text()) || lostNone(notKept, text, file)) {
            return true;
        }
        report(file.source().name(), notKept, ExitCodes.FAILED);
        err.println(Redaction.escape(file.source().name() + ": The file is not written: its new text would lose "
                + (notKept.size() == 1 ? "the value" : "the " + notKept.size() + " values")
                + " above, which a blueprint cannot hold."));
        return false;
    }

    /** An edit in place keeps the values reading did not keep: reading the new text warns of each again. */
    private boolean lostNone(List<Diagnostic> notKept, String text, Loaded file) {
        try {
            List<Diagnostic> again = notKept(reader.read(text, file.source().format()).diagnostics());
            return again.stream().map(Diagnostic::path).toList().equals(notKept.stream().map(Diagnostic::path).toList());
        } catch (BlueprintParseException e) {
            return false;
        }
    }

    /**
     * Prints reading's warnings about values a blueprint cannot hold, for a command that goes on
     * without them (they leave the exit code as it is).
     *
     * @param file the file as read
     */
    void warnNotKept(Loaded file) {
        notKept(file.result().diagnostics()).forEach(d -> err.println(DiagnosticFormat.text(file.source().name(), d)));
    }

    /**
     * Returns reading's warnings about values a blueprint cannot hold.
     *
     * @param diagnostics what reading reported
     * @return the warnings of {@value #NOT_KEPT}, in document order
     */
    static List<Diagnostic> notKept(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.code().equals(NOT_KEPT)).toList();
    }

    /** Returns the highest exit code the files called for so far. */
    int exitCode() {
        return exitCode;
    }

    private void report(String name, List<Diagnostic> diagnostics, int code) {
        diagnostics.forEach(d -> err.println(DiagnosticFormat.text(name, d)));
        raise(code);
    }

    private void raise(int code) {
        exitCode = Math.max(exitCode, code);
    }
}
