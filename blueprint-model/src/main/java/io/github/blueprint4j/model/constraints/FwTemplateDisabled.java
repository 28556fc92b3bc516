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
 * Rule {@code FW-TEMPLATE-DISABLED}: {imageType} images disable the firewall; these settings have no effect.
 *
 * <p>Applies to {@code Customizations.firewall}. Applies to the image types the documentation names (Google Cloud and OpenStack images). {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: info.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "FW-TEMPLATE-DISABLED", severity = Severity.INFO, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FwTemplateDisabled {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.FW-TEMPLATE-DISABLED}";

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
