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
 * Rule {@code IT-UNSUPPORTED-OPTION}: {option} is not supported by the image type {imageType} of {distro}; the build ignores it.
 *
 * <p>Applies to {@code Blueprint}. Checks every non-empty root key and customization (sub-keys where the image type lists only some, such as {@code customizations.kernel.append}) against the options the image type supports; {@code name}, {@code version} and {@code description} are always supported, {@code architecture} never is. {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: warning by default, error in strict mode (the reference implementation does not enforce it).
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "IT-UNSUPPORTED-OPTION", severity = Severity.ERROR, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ItUnsupportedOption {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.IT-UNSUPPORTED-OPTION}";

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
