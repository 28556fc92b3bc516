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
 * Rule {@code FS-RHEL8-MIN}: Custom mountpoints need RHEL 8.5 or newer; on {distro} only / can be set, and its size is the image size.
 *
 * <p>Applies to {@code FilesystemCustomization.mountpoint}. Applies to RHEL 8 before 8.5, when the target names the minor release. {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: warning by default, error in strict mode (the reference implementation does not enforce it).
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FS-RHEL8-MIN", severity = Severity.ERROR, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FsRhel8Min {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FS-RHEL8-MIN}";

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
