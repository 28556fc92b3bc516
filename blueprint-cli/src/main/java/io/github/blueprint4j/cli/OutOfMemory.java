package io.github.blueprint4j.cli;

import io.github.blueprint4j.io.BlueprintParseException;

/**
 * The JVM ran out of memory: the command stops with one line on the error stream and exit code
 * 2, not with the JVM's stack trace and the code of a file with errors.
 */
final class OutOfMemory {

    /** The code of the finding a read that ran out of memory fails with. */
    private static final String READ_CODE = "GEN-LIMIT-MEMORY";

    private OutOfMemory() {
    }

    /**
     * Ends the command if a read failed because memory ran out, as if the JVM had run out there.
     *
     * @param e the failure of a read
     * @throws OutOfMemoryError if the read ran out of memory
     */
    static void rethrowIfOutOfMemory(BlueprintParseException e) {
        if (e.diagnostics().stream().anyMatch(d -> d.code().equals(READ_CODE))) {
            throw new OutOfMemoryError(e.errors().get(0).message());
        }
    }

    /**
     * Returns the line that reports it.
     *
     * @return the line, without a line break
     */
    static String line() {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        return "blueprint: out of memory: the Java heap (at most " + mib + " MiB) ran out;"
                + " give the JVM more, as in java -Xmx2g -jar blueprint.jar ...";
    }
}
