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
 * Rule {@code FS-BOOTC-POLICY}: The mountpoint {value} is not allowed on bootc disk images: {reason} ({policy}).
 *
 * <p>Applies to {@code FilesystemCustomization.mountpoint}. Applies the selected tables whose rule is {@code FS-BOOTC-POLICY} ({@code mountpoints-bootc}, which a bootc disk image type as the target selects). {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: error.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FS-BOOTC-POLICY", severity = Severity.ERROR, enforcedByReference = true)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FsBootcPolicy {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FS-BOOTC-POLICY}";

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
