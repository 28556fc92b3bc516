package io.github.blueprint4j.model.constraints;

/**
 * Validation group of the rules that do not make a blueprint invalid by default: warnings,
 * remarks, and the errors that only the build or the documentation knows (promoted in strict
 * mode). Plain {@code @Valid} leaves them out; {@code BlueprintValidator} always checks them.
 */
public interface Advisory {
}
