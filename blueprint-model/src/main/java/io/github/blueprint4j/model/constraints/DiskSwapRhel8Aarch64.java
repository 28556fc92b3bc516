package io.github.blueprint4j.model.constraints;

import io.github.blueprint4j.diagnostic.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Rule {@code DISK-SWAP-RHEL8-AARCH64}: Swap partitions and logical volumes cannot be created for RHEL 8 on aarch64.
 *
 * <p>Applies to {@code Blueprint}. Applies when the target is RHEL 8 and the blueprint's {@code architecture} is {@code aarch64}; reported at each swap partition or logical volume of {@code customizations.disk}. {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: warning by default, error in strict mode (the reference implementation does not enforce it).
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "DISK-SWAP-RHEL8-AARCH64", severity = Severity.ERROR, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DiskSwapRhel8Aarch64 {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.DISK-SWAP-RHEL8-AARCH64}";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
