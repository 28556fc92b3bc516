package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.PmEnum;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/**
 * Checks {@link PmEnum}: the partitioning mode is {@code auto-lvm}, {@code lvm} or {@code raw};
 * absent or empty means {@code auto-lvm}. {@code btrfs} is refused, as the reference's getter
 * refuses it.
 */
public final class PmEnumValidator implements ConstraintValidator<PmEnum, String> {

    private static final Set<String> MODES = Set.of("", "auto-lvm", "lvm", "raw");

    @Override
    public boolean isValid(String mode, ConstraintValidatorContext context) {
        if (mode == null || MODES.contains(mode)) {
            return true;
        }
        Violations.report(context, Violations.params("value", mode));
        return false;
    }
}
