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
 * Rule {@code BP-VERSION-REQUIRED-DOC}: The Oracle Linux documentation lists the version as required; the server substitutes 0.0.0.
 *
 * <p>Applies to {@code Blueprint.version}. {@code null} is valid.
 * Severity: warning. Checked in the composer profile only: image-builder and
 * bootc-image-builder configurations have no version.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "BP-VERSION-REQUIRED-DOC", severity = Severity.WARNING, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface BpVersionRequiredDoc {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.BP-VERSION-REQUIRED-DOC}";

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
