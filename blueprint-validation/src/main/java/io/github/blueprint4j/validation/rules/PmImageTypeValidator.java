package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.PmImageType;
import io.github.blueprint4j.validation.Target;
import io.github.blueprint4j.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks {@link PmImageType}: the partitioning mode against the modes the target's image type
 * accepts; an absent mode is {@code ""}. Message parameters {@code value}, {@code modes},
 * {@code imageType} and {@code distro}.
 */
public final class PmImageTypeValidator implements ConstraintValidator<PmImageType, String> {

    @Override
    public boolean isValid(String mode, ConstraintValidatorContext context) {
        Target target = ValidationSettings.target(context);
        String value = mode == null ? "" : mode;
        List<String> modes = target == null ? List.of() : target.imageType().partitioningModes();
        if (modes.isEmpty() || modes.contains(value)) {
            return true;
        }
        String accepted = modes.stream().map(m -> m.isEmpty() ? "no mode" : "\"" + m + "\"").collect(Collectors.joining(", "));
        Violations.report(context, TargetParams.of(target, "value", value, "modes", accepted));
        return false;
    }
}
