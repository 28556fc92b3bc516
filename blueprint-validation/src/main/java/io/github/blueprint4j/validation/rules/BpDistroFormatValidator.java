package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.BpDistroFormat;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** Checks {@link BpDistroFormat}: {@code <name>-<major>[.<minor>]}. */
public final class BpDistroFormatValidator implements ConstraintValidator<BpDistroFormat, String> {

    private static final Pattern DISTRO = Pattern.compile(".+-[0-9]+(\\.[0-9]+)?");

    @Override
    public boolean isValid(String distro, ConstraintValidatorContext context) {
        return distro == null || distro.isEmpty() || DISTRO.matcher(distro).matches();
    }
}
