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
 * Rule {@code PART-PARTLABEL}: A partition label needs a gpt table and is at most 36 UTF-16 code units long.
 *
 * <p>Applies to {@code DiskCustomization}. {@code null} is valid.
 * Severity: error.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "PART-PARTLABEL", severity = Severity.ERROR, enforcedByReference = true)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PartPartlabel {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.PART-PARTLABEL}";

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
