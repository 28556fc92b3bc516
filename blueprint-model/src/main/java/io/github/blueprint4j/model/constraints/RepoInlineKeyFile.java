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
 * Rule {@code REPO-INLINE-KEY-FILE}: An inline key is saved as /etc/pki/rpm-gpg/RPM-GPG-KEY-{id}-{index} and is not imported into the RPM database.
 *
 * <p>Applies to {@code RepositoryCustomization}. {@code null} is valid.
 * Severity: info.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "REPO-INLINE-KEY-FILE", severity = Severity.INFO, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RepoInlineKeyFile {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.REPO-INLINE-KEY-FILE}";

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
