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
 * Rule {@code FB-CUSTOM-NAME-PATH}: A custom firstboot script whose name contains {@code /}, which image-builder refuses because the name becomes part of a file name (with a target whose image type lists {@code customizations.firstboot}).
 *
 * <p>Applies to {@code FirstbootCustomization}. {@code null} is valid.
 * Severity: error, reported as a warning unless strict (the build enforces it, the reference does not).
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FB-CUSTOM-NAME-PATH", severity = Severity.ERROR, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FbCustomNamePath {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FB-CUSTOM-NAME-PATH}";

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
