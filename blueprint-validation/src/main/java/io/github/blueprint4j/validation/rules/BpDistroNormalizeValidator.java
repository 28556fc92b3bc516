package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpDistroNormalize;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks {@link BpDistroNormalize}: notes a legacy RHEL name without a dot, such as {@code rhel-810}. */
public final class BpDistroNormalizeValidator implements ConstraintValidator<BpDistroNormalize, String> {

    private static final Pattern LEGACY = Pattern.compile("rhel-([0-9])([0-9]{1,2})");

    @Override
    public boolean isValid(String distro, ConstraintValidatorContext context) {
        if (distro == null) {
            return true;
        }
        Matcher legacy = LEGACY.matcher(distro);
        if (!legacy.matches()) {
            return true;
        }
        Violations.report(context, Violations.params("normalized", "rhel-" + legacy.group(1) + "." + legacy.group(2)));
        return false;
    }
}
