package io.github.blueprint4j.validation.rules;

import io.github.blueprint4j.model.constraints.FwZoneSourcesRequired;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Checks {@link FwZoneSourcesRequired}: a firewall zone lists at least one source. */
public final class FwZoneSourcesRequiredValidator implements ConstraintValidator<FwZoneSourcesRequired, List<String>> {

    @Override
    public boolean isValid(List<String> sources, ConstraintValidatorContext context) {
        return sources != null && !sources.isEmpty();
    }
}
