/**
 * What the library reports about a blueprint: {@link io.github.blueprint4j.diagnostic.Diagnostic}
 * with a rule code, a severity, the field's path, its place in the source and a message
 * in plain words. Reading, validation and the command line share these types.
 */
package io.github.blueprint4j.diagnostic;
