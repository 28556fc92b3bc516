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
 * Rule {@code SSHKEY-AS-USER}: customizations.sshkey is a deprecated form; each entry becomes a user entry placed before the user list. Reported as a warning (the specification lists it as information) because it is a deprecated form.
 *
 * <p>Applies to {@code SshKeyCustomization}. {@code null} is valid.
 * Severity: warning.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "SSHKEY-AS-USER", severity = Severity.WARNING, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SshkeyAsUser {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.SSHKEY-AS-USER}";

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
