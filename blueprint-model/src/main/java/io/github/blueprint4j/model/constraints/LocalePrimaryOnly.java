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
 * Rule {@code LOCALE-PRIMARY-ONLY}: Only the first language, {first}, is applied; the others are ignored.
 *
 * <p>Applies to {@code LocaleCustomization.languages}. {@code null} is valid.
 * Severity: info.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "LOCALE-PRIMARY-ONLY", severity = Severity.INFO, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface LocalePrimaryOnly {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.LOCALE-PRIMARY-ONLY}";

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
