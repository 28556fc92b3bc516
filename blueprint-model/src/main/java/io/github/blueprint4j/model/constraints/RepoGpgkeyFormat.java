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
 * Rule {@code REPO-GPGKEY-FORMAT}: A GPG key must be a URL or an ASCII-armoured public key block.
 *
 * <p>Applies to {@code RepositoryCustomization.gpgkeys[]}. {@code null} is valid.
 * Severity: error.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "REPO-GPGKEY-FORMAT", severity = Severity.ERROR, enforcedByReference = true)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RepoGpgkeyFormat {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.REPO-GPGKEY-FORMAT}";

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
