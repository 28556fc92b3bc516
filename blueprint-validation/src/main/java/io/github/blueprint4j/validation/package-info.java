/**
 * Validation of blueprints: {@link io.github.blueprint4j.validation.BlueprintValidator} checks
 * every rule of the specification and returns a {@link io.github.blueprint4j.validation.ValidationReport};
 * {@link io.github.blueprint4j.validation.Profile} and {@link io.github.blueprint4j.validation.PathPolicies}
 * say what the blueprint is for and which locations are allowed. The same rules run under a
 * plain {@code @Valid} with this module on the class path.
 */
package io.github.blueprint4j.validation;
