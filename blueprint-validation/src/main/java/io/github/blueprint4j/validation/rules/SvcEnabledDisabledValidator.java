package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.ServicesCustomization;
import io.github.blueprint4j.model.constraints.SvcEnabledDisabled;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@link SvcEnabledDisabled}: no unit of {@code enabled} is also in {@code disabled} or
 * {@code masked}. Units are compared as {@code systemctl} names them: without a unit type suffix a
 * name means a service ({@code sshd} and {@code sshd.service} are the same unit). Each conflicting
 * entry of {@code disabled} or {@code masked} is reported, with the message parameters {@code name}
 * and {@code other} ({@code disabled} or {@code masked}).
 */
public final class SvcEnabledDisabledValidator implements ConstraintValidator<SvcEnabledDisabled, ServicesCustomization> {

    private static final List<String> UNIT_SUFFIXES = List.of(".service", ".socket", ".target", ".timer", ".path",
            ".mount", ".automount", ".swap", ".device", ".slice", ".scope");

    @Override
    public boolean isValid(ServicesCustomization services, ConstraintValidatorContext context) {
        if (services == null || services.enabled().isEmpty()) {
            return true;
        }
        Set<String> enabled = new HashSet<>();
        services.enabled().forEach(unit -> enabled.add(unitName(unit)));
        boolean disabledValid = reportEnabled(services.disabled(), "disabled", enabled, context);
        boolean maskedValid = reportEnabled(services.masked(), "masked", enabled, context);
        return disabledValid && maskedValid;
    }

    private static boolean reportEnabled(List<String> units, String list, Set<String> enabled,
                                         ConstraintValidatorContext context) {
        boolean valid = true;
        for (int j = 0; j < units.size(); j++) {
            if (enabled.contains(unitName(units.get(j)))) {
                Violations.report(context, Violations.params("name", units.get(j), "other", list), list, j);
                valid = false;
            }
        }
        return valid;
    }

    private static String unitName(String unit) {
        return UNIT_SUFFIXES.stream().anyMatch(unit::endsWith) ? unit : unit + ".service";
    }
}
