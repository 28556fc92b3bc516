package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.ItRequiredOption;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ItRequiredOption}: every option the target's image type requires is set; each
 * missing one is reported at its key with the message parameters {@code option},
 * {@code imageType} and {@code distro}.
 */
public final class ItRequiredOptionValidator implements ConstraintValidator<ItRequiredOption, Blueprint> {

    @Override
    public boolean isValid(Blueprint blueprint, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        return target == null || blueprint == null
                || ImageTypeOptions.report(context, target, ImageTypeOptions.missing(blueprint, target.imageType()));
    }
}
