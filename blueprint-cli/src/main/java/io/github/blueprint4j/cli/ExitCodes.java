package io.github.blueprint4j.cli;

import picocli.CommandLine;

/**
 * The exit codes of every command. When several apply, the highest wins.
 */
final class ExitCodes {

    /** Every file is fine; warnings are allowed. */
    static final int OK = 0;
    /** A file has errors, or {@code fmt --check} found a file that is not formatted. */
    static final int FAILED = 1;
    /** The command line is wrong, or a file cannot be read or written. */
    static final int USAGE = CommandLine.ExitCode.USAGE;

    private ExitCodes() {
    }
}
