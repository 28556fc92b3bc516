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
 * Rule {@code FB-CUSTOM-NAME-UNIQUE}: Two custom firstboot scripts with the same non-empty name, which image-builder refuses when it applies the scripts (with a target whose image type lists {@code customizations.firstboot}).
 *
 * <p>Applies to {@code FirstbootCustomization}. {@code null} is valid.
 * Severity: error, reported as a warning unless strict (the build enforces it, the reference does not).
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FB-CUSTOM-NAME-UNIQUE", severity = Severity.ERROR, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FbCustomNameUnique {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FB-CUSTOM-NAME-UNIQUE}";

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
