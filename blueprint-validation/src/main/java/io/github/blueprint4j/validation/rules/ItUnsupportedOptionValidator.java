package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.Blueprint;
import io.github.blueprint4j.model.constraints.ItUnsupportedOption;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link ItUnsupportedOption}: every option the blueprint sets against the options the
 * target's image type supports, each unsupported one reported at its key with the message
 * parameters {@code option}, {@code imageType} and {@code distro}.
 */
public final class ItUnsupportedOptionValidator implements ConstraintValidator<ItUnsupportedOption, Blueprint> {

    @Override
    public boolean isValid(Blueprint blueprint, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        return target == null || blueprint == null
                || ImageTypeOptions.report(context, target, ImageTypeOptions.unsupported(blueprint, target.imageType()));
    }
}
