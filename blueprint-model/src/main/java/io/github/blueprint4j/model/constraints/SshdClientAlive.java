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
 * Rule {@code SSHD-CLIENT-ALIVE}: The client alive interval should not be negative.
 *
 * <p>Applies to {@code SshdCustomization.client_alive_interval}. {@code null} is valid.
 * Severity: warning.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "SSHD-CLIENT-ALIVE", severity = Severity.WARNING, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SshdClientAlive {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.SSHD-CLIENT-ALIVE}";

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
