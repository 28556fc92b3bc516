package io.github.blueprint4j.diagnostic;

/**
 * How serious a {@link Diagnostic} is.
 */
public enum Severity {
    /** The blueprint is invalid: the reference implementation or the build refuses it. */
    ERROR,
    /** Accepted, but likely wrong, deprecated or only documented; strict mode turns it into an error. */
    WARNING,
    /** Something the user should know (a default that applies, a normalisation); never a failure. */
    INFO
}
