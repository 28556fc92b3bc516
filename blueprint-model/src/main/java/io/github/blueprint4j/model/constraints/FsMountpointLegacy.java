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
 * Rule {@code FS-MOUNTPOINT-LEGACY}: Mountpoint refused by the legacy allow-list of osbuild-composer before version 94 (runs only when the mountpoints-composer-legacy policy is selected).
 *
 * <p>Applies to {@code FilesystemCustomization.mountpoint}. {@code null} is valid.
 * Severity: error.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FS-MOUNTPOINT-LEGACY", severity = Severity.ERROR, enforcedByReference = true)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FsMountpointLegacy {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FS-MOUNTPOINT-LEGACY}";

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
