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
 * Rule {@code TZ-NTP-PINNED}: {imageType} images use their own NTP servers and may ignore these; the timezone still applies.
 *
 * <p>Applies to {@code TimezoneCustomization.ntpservers}. Applies to the image types the documentation names (Google Cloud images). {@code null} is valid.
 * Runs only when the validation has a target (a distribution and an image type); does nothing
 * under a plain {@code @Valid}.
 * Severity: info.
 * The validator is in {@code blueprint-validation}.
 */
@BlueprintRule(id = "TZ-NTP-PINNED", severity = Severity.INFO, enforcedByReference = false)
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface TzNtpPinned {

    /**
     * Returns the message template.
     *
     * @return the message key of the rule
     */
    String message() default "{io.github.blueprint4j.TZ-NTP-PINNED}";

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
