/**
 * One call for every finding: reads a blueprint document (TOML or JSON) and validates what
 * could be read, reporting every finding of reading and validation in one report, in document
 * order. It sits above {@code io.github.blueprint4j.io} and {@code io.github.blueprint4j.validation},
 * which do not depend on each other. Start at {@link io.github.blueprint4j.check.BlueprintChecker}.
 */
module io.github.blueprint4j.check {
    requires transitive io.github.blueprint4j.io;
    requires transitive io.github.blueprint4j.validation;

    exports io.github.blueprint4j.check;
}
