/**
 * Operations on blueprints that a service storing and building them needs, each a pure
 * function of immutable {@link io.github.blueprint4j.model.Blueprint} objects:
 *
 * <ul>
 *   <li>{@link io.github.blueprint4j.operations.Versions#bump(String, String)}: the version
 *       osbuild-composer stores when a blueprint is pushed again;</li>
 *   <li>{@link io.github.blueprint4j.operations.BlueprintInitializer}: the server's push step
 *       (default version, plain-text passwords replaced by SHA-512 crypt hashes, empty
 *       passwords removed);</li>
 *   <li>{@link io.github.blueprint4j.operations.PasswordHasher}: SHA-512 and SHA-256 crypt as
 *       glibc's {@code crypt(3)} computes them;</li>
 *   <li>{@link io.github.blueprint4j.operations.BlueprintDiff}: what changed between two
 *       blueprints, list entries matched by their identity, as text or JSON;</li>
 *   <li>{@link io.github.blueprint4j.operations.PackageList}: the package and module-stream
 *       requests a build sends to the depsolver.</li>
 * </ul>
 *
 * <p>Every type is immutable and thread-safe; none of them shows a password in its
 * {@code toString()}, its exceptions or its output.
 */
package io.github.blueprint4j.operations;
