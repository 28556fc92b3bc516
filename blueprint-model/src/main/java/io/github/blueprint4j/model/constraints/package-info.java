/**
 * The rules of the blueprint specification as Bean Validation constraints, one annotation per
 * rule, named after the rule id ({@code FW-PORT-FORMAT} is {@link io.github.blueprint4j.model.constraints.FwPortFormat}).
 * The model's records carry them; the validators are in {@code blueprint-validation}, bound
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator}, so any Bean
 * Validation provider with that module on the class path enforces them.
 *
 * <p>Groups: errors the reference enforces are in the {@code Default} group, so a plain
 * {@code @Valid} checks them; the composer server's push checks are in {@link io.github.blueprint4j.model.constraints.Push};
 * warnings and build-time checks are in {@link io.github.blueprint4j.model.constraints.Advisory}.
 * Each annotation carries its rule id and severity in {@link io.github.blueprint4j.model.constraints.BlueprintRule}.
 */
package io.github.blueprint4j.model.constraints;
