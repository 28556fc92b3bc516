package io.github.blueprint4j.validation.internal;

import io.github.blueprint4j.validation.PathPolicies;
import io.github.blueprint4j.validation.Profile;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What a {@code BlueprintValidator} passes to the constraint validators: the profile and the
 * selected policies, held by its own {@link CheckContext} (or, in Hibernate Validator, by the
 * constraint validator payload). Validators that depend on them do nothing under a plain
 * {@code @Valid}, where there are no settings.
 *
 * @param profile  what the blueprint is for
 * @param policies the selected path policies
 */
public record ValidationSettings(Profile profile, PathPolicies policies) {

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
}
