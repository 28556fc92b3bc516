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
 * Rule {@code FIPS-IMAGE-TYPES-DOC}: The Blueprint Reference documents FIPS mode only for {documented}; osbuild's image definitions support it on {imageType} too, but older releases may not.
 *
 * <p>Applies to {@code Customizations.fips}. Applies when {@code fips = true} and the image type supports FIPS but is not one the documentation lists (a type that does not support it at all gets {@code IT-UNSUPPORTED-OPTION}). {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: warning.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FIPS-IMAGE-TYPES-DOC", severity = Severity.WARNING, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FipsImageTypesDoc {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FIPS-IMAGE-TYPES-DOC}";

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
