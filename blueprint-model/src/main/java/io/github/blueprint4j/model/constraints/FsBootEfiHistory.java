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
 * Rule {@code FS-BOOT-EFI-HISTORY}: Servers built on osbuild/images older than v0.195.0 refuse /boot/efi as a mountpoint; newer ones accept it.
 *
 * <p>Applies to {@code FilesystemCustomization.mountpoint}. {@code null} is valid.
 * Severity: warning.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FS-BOOT-EFI-HISTORY", severity = Severity.WARNING, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FsBootEfiHistory {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FS-BOOT-EFI-HISTORY}";

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
