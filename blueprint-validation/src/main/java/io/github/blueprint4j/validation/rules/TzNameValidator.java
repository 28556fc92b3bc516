package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.TzName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks {@link TzName}: a time zone is a name of the tz database, as the JDK knows it
 * ({@link ZoneId#getAvailableZoneIds()}), or {@code UTC}. Reported with the message parameter {@code value}.
 */
public final class TzNameValidator implements ConstraintValidator<TzName, String> {

    private static final Set<String> ZONES = zones();

    @Override
    public boolean isValid(String timezone, ConstraintValidatorContext context) {
        if (timezone == null || ZONES.contains(timezone)) {
            return true;
        }
        Violations.report(context, Violations.params("value", timezone));
        return false;
    }

    private static Set<String> zones() {
        Set<String> zones = new HashSet<>(ZoneId.getAvailableZoneIds());
        zones.add("UTC");
        return Set.copyOf(zones);
    }
}
