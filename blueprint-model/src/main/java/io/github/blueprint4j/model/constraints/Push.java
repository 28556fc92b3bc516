package io.github.blueprint4j.model.constraints;

/**
 * Validation group of the rules the osbuild-composer server applies when a blueprint is pushed
 * to it: a name, a semantic version, a name for every package. Image-builder and
 * bootc-image-builder configurations need none of them.
 */
public interface Push {
}
