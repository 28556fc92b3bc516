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
 * Rule {@code PM-IMAGE-TYPE}: The image type {imageType} of {distro} does not support the partitioning mode "{value}"; it accepts {modes}.
 *
 * <p>Applies to {@code Customizations.partitioningMode}. An absent mode counts as {@code ""}. {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: warning by default, error in strict mode (the reference implementation does not enforce it).
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "PM-IMAGE-TYPE", severity = Severity.ERROR, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PmImageType {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.PM-IMAGE-TYPE}";

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
