/**
 * Validation of osbuild blueprints: the documented rules as Bean Validation constraints,
 * validation profiles and path policies. The rules arrive with the validation milestone; this
 * release publishes the module so that the BOM and the command line are complete.
 */
module io.github.blueprint4j.validation {
    requires transitive io.github.blueprint4j.model;
}
