package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import io.github.blueprint4j.validation.Target;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What a {@code BlueprintValidator} passes to the constraint validators: the profile, the
 * selected policies and the target, held by its own {@link CheckContext} (or, in Hibernate Validator, by the
 * constraint validator payload). Validators that depend on them do nothing under a plain
 * {@code @Valid}, where there are no settings.
 *
 * @param profile  what the blueprint is for
 * @param policies the selected path policies
 * @param target   the distribution and image type, or {@code null} when none was given
 */
public record ValidationSettings(Profile profile, PathPolicies policies, Target target) {

    /**
     * Returns the settings of a validation, or {@code null} under a plain {@code @Valid}.
     *
     * @param context the validator's context
     * @return the settings, or {@code null}
     */
    public static ValidationSettings of(ConstraintValidatorContext context) {
        if (context instanceof CheckContext direct) {
            return direct.settings();
        }
        return context.unwrap(HibernateConstraintValidatorContext.class)
                .getConstraintValidatorPayload(ValidationSettings.class);
    }

    /**
     * Returns the target of a validation, or {@code null} when there is none (always under a
     * plain {@code @Valid}): the rules that need one do nothing then.
     *
     * @param context the validator's context
     * @return the target, or {@code null}
     */
    public static Target target(ConstraintValidatorContext context) {
        ValidationSettings settings = of(context);
        return settings == null ? null : settings.target();
    }
}
