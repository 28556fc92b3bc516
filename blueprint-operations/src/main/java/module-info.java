/**
 * What a blueprint service does with blueprints besides reading and validating them: the
 * server's version bump ({@link io.github.blueprint4j.operations.Versions}) and push step
 * ({@link io.github.blueprint4j.operations.BlueprintInitializer}), SHA-crypt password hashing
 * ({@link io.github.blueprint4j.operations.PasswordHasher}), differences between two blueprints
 * ({@link io.github.blueprint4j.operations.BlueprintDiff}) and the package list a build
 * requests ({@link io.github.blueprint4j.operations.PackageList}).
 */
module io.github.blueprint4j.operations {
    requires transitive io.github.blueprint4j.model;
    requires com.fasterxml.jackson.core;

    exports io.github.blueprint4j.operations;
}
