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
 * Rule {@code ISO-VOLUME-ID}: The ISO volume id may contain only letters, digits, "-" and "_", and cannot be empty.
 *
 * <p>Applies to {@code IsoCustomization.volume_id}. {@code null} is valid.
 * Severity: error.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "ISO-VOLUME-ID", severity = Severity.ERROR, enforcedByReference = true)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoVolumeId {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.ISO-VOLUME-ID}";

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
