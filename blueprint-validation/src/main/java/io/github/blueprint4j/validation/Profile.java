package io.github.blueprint4j.validation;

/**
 * What a blueprint is for, which decides the checks beyond the reference library's own.
 */
public enum Profile {
    /**
     * A blueprint pushed to the osbuild-composer server: it needs a name, a version that is
     * empty or {@code MAJOR.MINOR.PATCH}, and a name for every package; a name the server would
     * refuse ({@code ^[a-zA-Z0-9._-]+$}) is a warning, or an error with the {@code weldr-name} policy.
     */
    COMPOSER,
    /** An image-builder or bootc-image-builder configuration: no name or version needed. */
    IMAGE_BUILDER
}
