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
 * Rule {@code SSHKEY-PRIVATE-KEY}: a private key (a PEM block such as
 * {@code -----BEGIN OPENSSH PRIVATE KEY-----}) is pasted where the public key belongs. The key
 * is then written into the image's {@code authorized_keys}, where it does not work, and anyone who
 * reads the blueprint has it. Not a rule of the specification: this library adds it, and its
 * message never shows the key.
 *
 * <p>Applies to {@code UserCustomization.key} and {@code SshKeyCustomization.key}. {@code null} is valid.
 * Severity: warning.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "SSHKEY-PRIVATE-KEY", severity = Severity.WARNING, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SshkeyPrivateKey {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.SSHKEY-PRIVATE-KEY}";

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
