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
 * Rule {@code IT-REQUIRED-OPTION}: The image type {imageType} of {distro} requires {option}.
 *
 * <p>Applies to {@code Blueprint}. Checks that every option the image type requires is present and not empty (such as {@code customizations.installation_device} for the simplified installers). {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: warning by default, error in strict mode (the reference implementation does not enforce it).
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "IT-REQUIRED-OPTION", severity = Severity.ERROR, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ItRequiredOption {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.IT-REQUIRED-OPTION}";

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
